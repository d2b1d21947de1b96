# Pajautā divus skaitļus un izvadi to summu
