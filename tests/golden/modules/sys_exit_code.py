# sys.exit(3) ends the program with status 3; finally blocks run
import sys

try:
    print("before")
    sys.exit(3)
finally:
    print("finally runs")
print("not reached")
