# An uncaught KeyError whose key is the empty string prints KeyError: ''.
headers = {"Host": "example.com"}

def header(name):
    return headers[name.strip()]

print(header(" Host "))
print(header("   "))
