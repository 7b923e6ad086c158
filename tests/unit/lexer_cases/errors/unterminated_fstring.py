x = f"a{b}
