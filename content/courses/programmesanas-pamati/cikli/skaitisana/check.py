from checks import *

output_is("1\n2\n3\n4\n5\n6\n7\n8\n9\n10")
uses("for")
uses_call("range")
