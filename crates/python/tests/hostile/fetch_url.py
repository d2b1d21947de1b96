# Fetching a web page.
# expect: error ModuleNotFoundError
from urllib.request import urlopen
urlopen("https://example.com")
