# Vispirms pajautā gabalu skaitu, tad cilvēku skaitu
