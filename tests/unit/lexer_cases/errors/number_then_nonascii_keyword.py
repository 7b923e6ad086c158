x = [1foré in y]
