# A local assigned only in one branch: calling without that branch fails.
def describe(flag):
    if flag:
        label = "yes"
    return label

print(describe(True))
print(describe(False))
