if True:
	x = 1
	if x:
		y = 2
		z = (1,
    	2)
	w = 3

class A:
	def f(self):
		return 1
