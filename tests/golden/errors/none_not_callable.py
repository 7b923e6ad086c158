# 'NoneType' object is not callable: calling the result of a function that returns nothing.
def get_handler():
    print("forgot to return")

handler = get_handler()
handler()
