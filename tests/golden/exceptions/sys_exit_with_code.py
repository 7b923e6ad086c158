# sys.exit(3) ends the program with exit status 3 and prints nothing; finally blocks still run.
import sys

def main():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("cleanup runs")
    print("not reached")

main()
print("not reached either")
