# NameError with a "Did you mean" suggestion for a misspelled global.
number_of_items = 3

def show():
    print(number_of_itmes)

show()
