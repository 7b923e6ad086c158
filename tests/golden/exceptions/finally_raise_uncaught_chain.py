# The traceback of an exception raised in finally shows the one it replaced first.
def close(handle):
    handle["open"] = False
    handle["log"].append("closed")

def process(handle):
    try:
        return handle["data"] / 0
    finally:
        close(handle)

process({"data": 10, "open": True})
