# An unexpected keyword argument close to a real parameter name (3.11 suggests nothing).
def connect(host, port=80):
    return host, port

connect("h", prot=8080)
