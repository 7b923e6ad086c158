# Subscript anchors in a chain of lookups into nested JSON-like data: only the failing index is marked with ^.
data = {"users": [{"name": "ann"}, {"name": "bo"}]}

def user_name(i):
    return data["users"][i]["name"].title()

print(user_name(1))
print(user_name(2))
