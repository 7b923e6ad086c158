# copy: objects that cannot be copied, and argument errors
import copy
import sys

for f in [lambda: copy.copy(sys), lambda: copy.deepcopy(sys), lambda: copy.copy(), lambda: copy.deepcopy()]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(copy.deepcopy(1, {}, 3), copy.deepcopy([len, max]), copy.deepcopy(slice(1, 2)))
