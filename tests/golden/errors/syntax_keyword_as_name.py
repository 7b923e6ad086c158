# SyntaxError: using a keyword as a variable name.
class = "math"
