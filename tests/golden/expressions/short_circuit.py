# and/or stop evaluating as soon as the result is known.
def t(label, value):
    print("eval", label)
    return value

print(t("a", False) and t("b", True))
print(t("c", True) or t("d", True))
print(t("e", True) and t("f", 0) or t("g", "fallback"))
