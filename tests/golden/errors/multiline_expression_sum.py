# A multi-line parenthesized expression where the failing operand is on a later line.
def invoice(items, shipping, tax_rate):
    return (
        sum(items)
        + shipping
        + sum(items) * tax_rate
    )

print(invoice([10, 20], 5, 0.1))
print(invoice([10, 20], "5", 0.1))
