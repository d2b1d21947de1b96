# Opening a network connection.
# expect: error ModuleNotFoundError
import socket
socket.create_connection(("example.com", 80))
