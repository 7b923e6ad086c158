# A comparison between str and int inside an if condition: markers under the < operator.
def is_adult(age):
    if age < 18:
        return False
    return True

ages = [21, 15, "30"]
for a in ages:
    print(a, is_adult(a))
