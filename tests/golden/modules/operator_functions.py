# operator module functions behave like the operators
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 100), op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0), op.not_(0), op.truth([]))
print(op.lshift(1, 10), op.rshift(1024, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.eq(1, 1.0), op.ne("a", "b"), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge([1], [2]))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.concat([1], [2]), op.index(True))
print(op.getitem("abc", 1), op.getitem({"k": 9}, "k"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
d = {}
op.setitem(d, "x", 1)
op.setitem(d, "y", 2)
op.delitem(d, "x")
print(d, op.length_hint([1, 2, 3]), op.length_hint(5, 7), op.call(len, "abcd"))
lst = [1]
print(op.iadd(lst, [2]), lst, op.iadd(1, 2), op.imul("ab", 2), op.__add__(1, 2), op.__not__(1))
print(sorted([3, 1, 2], key=op.neg), list(map(op.mul, [1, 2, 3], [4, 5, 6])))
print(op.add)
