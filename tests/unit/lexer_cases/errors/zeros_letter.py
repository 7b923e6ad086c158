x = 00a
