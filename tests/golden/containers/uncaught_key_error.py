# An uncaught KeyError from dict.pop inside a nested call.
def lookup(table, key):
    return table.pop(key)

def main():
    table = {'a': 1}
    print(lookup(table, 'a'))
    print(lookup(table, 'a'))

main()
