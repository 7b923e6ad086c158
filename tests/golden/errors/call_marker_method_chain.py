# A method call on the result of a chain: markers under the failing call only.
def fourth_field(line):
    return line.strip().split(",")[3].upper()

print(fourth_field(" a,b,c,d "))
print(fourth_field("a,b"))
