s = "€😀"; return 1
