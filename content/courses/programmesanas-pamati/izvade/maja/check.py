from checks import *

output_is("  /\\\n /  \\\n/____\\\n|    |\n|____|")
