é = foo(
