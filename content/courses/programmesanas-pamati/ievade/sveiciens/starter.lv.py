vards = input("Kā tevi sauc? ")

# Sasveicinies ar lietotāju
