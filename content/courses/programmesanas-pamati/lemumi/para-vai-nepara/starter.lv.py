skaitlis = int(input())
# Pārbaudi ar if, vai skaitlis dalās ar 2
