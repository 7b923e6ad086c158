# SyntaxError: invalid decimal literal (a name starting with a digit).
2nd_place = "silver"
