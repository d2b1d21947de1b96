# Pajautā vecumu un izvadi, cik gadu būs pēc 10 gadiem
