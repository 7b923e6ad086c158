# A SystemExit subclass that sets its own code attribute decides the exit status.
class Abort(SystemExit):
    def __init__(self, reason):
        super().__init__(reason)
        self.code = 4
        self.reason = reason

try:
    raise Abort("disk full")
except SystemExit as e:
    print(type(e).__name__, e.code, e.reason, e.args)
print("aborting")
raise Abort("really")
