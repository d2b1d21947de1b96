cilveki = int(input("Cik cilvēku? "))
gabali = int(input("Cik gabalu? "))

print("Katrs saņem:", gabali // cilveki)
print("Pāri paliek:", gabali % cilveki)
