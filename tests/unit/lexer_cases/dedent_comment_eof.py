if x:
    y = 1
    # trailing comment
