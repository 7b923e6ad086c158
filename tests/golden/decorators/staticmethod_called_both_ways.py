# A staticmethod is callable on the class and on an instance without binding; a plain function on the class binds.
class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b

    def plain(*args):
        return len(args)

m = MathUtil()
print(MathUtil.add(2, 3), m.add(4, 5))
print(MathUtil.plain(), m.plain())
print(type(MathUtil.__dict__["add"]).__name__)
print(MathUtil.add)
