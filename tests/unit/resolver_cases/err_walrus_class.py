class C:
    v = [(y := 1) for x in range(3)]
