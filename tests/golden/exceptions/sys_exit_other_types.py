# sys.exit with a non-int, non-None value (a list) prints its str to stderr and exits with status 1.
import sys

print("before")
problems = ["bad", "value"]
sys.exit(problems)
print("not reached")
