# KeyError in a nested dict subscript inside an f-string argument: marker shape and quoted key message.
config = {"db": {"host": "localhost", "user": "admin"}}

def connect():
    host = config["db"]["host"]
    return f"connecting to {host}:{config['db']['port']}"

print(connect())
