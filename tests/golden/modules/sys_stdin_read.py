# sys.stdin.readline / read mixed with input()
import sys

first = sys.stdin.readline()
print(repr(first))
second = input()
print(repr(second))
rest = sys.stdin.readlines()
print(rest)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
