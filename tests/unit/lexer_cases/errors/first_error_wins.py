x = 012
y = 'abc
