# A user exception raised without arguments prints only its name, with no colon.
class EmptyQueue(Exception):
    """Raised when popping from an empty queue."""

def pop(queue):
    if not queue:
        raise EmptyQueue
    return queue.pop(0)

q = [1]
print(pop(q))
pop(q)
