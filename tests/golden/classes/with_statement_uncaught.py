# An exception escaping a with body: __exit__ runs, then the traceback.
class Transaction:
    def __enter__(self):
        print("begin")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("rollback" if exc_type else "commit")

def transfer(amount):
    with Transaction():
        if amount > 100:
            raise ValueError(f"amount too large: {amount}")
        print("transferred", amount)

transfer(50)
transfer(500)
