minutes = 135

# Cik pilnu stundu? Cik minūšu paliek pāri?
