# Uzraksti savu programmu šeit
