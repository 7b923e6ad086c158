x = 1
é = foo(
