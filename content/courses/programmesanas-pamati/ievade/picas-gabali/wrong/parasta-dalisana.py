gabali = int(input("Cik gabalu? "))
cilveki = int(input("Cik cilvēku? "))

print("Katrs saņem:", gabali / cilveki)
print("Pāri paliek:", gabali % cilveki)
