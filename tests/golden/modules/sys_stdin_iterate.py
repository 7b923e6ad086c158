# iterating sys.stdin yields its lines with their newlines
import sys

count = 0
for line in sys.stdin:
    count += 1
    print(count, repr(line), line.strip().upper())
print("lines:", count)
print(list(sys.stdin))
