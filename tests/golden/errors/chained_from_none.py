# raise ... from None: only the new exception's traceback is printed, the context is hidden.
class MissingUser(Exception):
    pass

USERS = {1: "ann"}

def find(uid):
    try:
        return USERS[uid]
    except KeyError:
        raise MissingUser(f"no user with id {uid}") from None

print(find(1))
print(find(7))
