# Position markers pick the failing operator inside a larger arithmetic expression (the division by zero).
def unit_price(total, count, discount):
    return total / count - discount * 2

def report(orders):
    for name, total, count in orders:
        print(name, unit_price(total, count, 1))

report([("pens", 10, 5), ("ink", 30, 0)])
