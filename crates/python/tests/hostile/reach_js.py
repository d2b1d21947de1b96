# Reaching the browser's JavaScript.
# expect: error ModuleNotFoundError
import js
js.fetch("https://example.com")
