# An uncaught error raised by a collections method: the traceback points at the call.
from collections import deque

queue = deque([1])
print(queue.popleft())
print(queue.popleft())
