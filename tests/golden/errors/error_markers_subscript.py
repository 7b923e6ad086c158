# Position markers under a subscript in a chain.
config = {"db": {"host": "localhost"}}
port = config["db"]["port"]
