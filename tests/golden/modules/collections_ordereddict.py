# collections.OrderedDict: order-aware dict with move_to_end and popitem(last=).
from collections import OrderedDict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), isinstance(od, dict), type(od))
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(a=1))
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {'b': 2, 'a': 1}, o1 != o2, o1.copy())
for stmt in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end('k')]:
    try:
        stmt()
    except KeyError as e:
        print('KeyError', e)
# an LRU cache by hand
cache = OrderedDict()
for key in [1, 2, 3, 1, 4]:
    if key in cache:
        cache.move_to_end(key)
    cache[key] = str(key)
    if len(cache) > 3:
        cache.popitem(last=False)
print(cache)
