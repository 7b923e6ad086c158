# SystemExit from sys.exit can be caught; its code is the argument
import sys

for arg in [(), (0,), (2,), ("text",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
sys.exit(0)
