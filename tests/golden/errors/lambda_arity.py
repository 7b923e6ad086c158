# Arity error of a lambda.
double = lambda x: x * 2
print(double(2))
print(double())
