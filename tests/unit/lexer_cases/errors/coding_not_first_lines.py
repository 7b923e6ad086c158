x = 1
y = 2
# coding: utf-8
é = foo(
