from checks import *

returns("is_good_password", ("kaķis123",), True)
returns("is_good_password", ("dragon42",), True)
returns("is_good_password", ("kaķis",), False)
returns("is_good_password", ("saulespuķe",), False)
returns("is_good_password", ("sunflower",), False)
returns("is_good_password", ("20120101",), False)
returns("is_good_password", ("1234567890",), False)
# Exactly 8 characters is enough, 7 is not.
returns("is_good_password", ("abcdefg1",), True)
returns("is_good_password", ("abcdef1",), False)
returns("is_good_password", ("12345678a",), True)
returns("is_good_password", ("zaļā_varde",), True)
returns("is_good_password", ("",), False)
