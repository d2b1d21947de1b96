n = int(input())
# Katrā rindā ir par vienu zvaigznīti vairāk nekā iepriekšējā
