# A local named like a builtin only hides it inside that function.
def total(values):
    sum = 0
    for v in values:
        sum += v
    return sum

print(total([1, 2, 3]))
print(sum([1, 2, 3]))

def use_list():
    list = [1, 2]
    return list

print(use_list(), list("ab"))
