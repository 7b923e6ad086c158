# A custom exception with its own __init__ storing extra attributes; args comes from super().__init__.
class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def is_client_error(self):
        return 400 <= self.status < 500

try:
    raise HTTPError(404, "Not Found")
except HTTPError as e:
    print(e.status, e.reason, e.is_client_error())
    print(e.args)
    print(str(e))
    print(repr(e))
