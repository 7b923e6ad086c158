# TypeError: strings are immutable.
word = "hello"
word[0] = "H"
