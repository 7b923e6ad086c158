# TypeError for operators between user classes without the dunders: names both classes.
class Apple: pass
class Orange: pass

attempts = [
    lambda a, o: a + o,
    lambda a, o: a - o,
    lambda a, o: a * o,
    lambda a, o: a < o,
    lambda a, o: a @ o,
]
for attempt in attempts:
    try:
        attempt(Apple(), Orange())
    except TypeError as e:
        print("TypeError:", e)
try:
    -Apple()
except TypeError as e:
    print("TypeError:", e)
try:
    Apple() + 1
except TypeError as e:
    print("TypeError:", e)
