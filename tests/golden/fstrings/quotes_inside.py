# Quotes of the other kind inside replacement fields, and triple-quoted f-strings.
d = {"key": "value"}
print(f"{d['key']}")
print(f'{d["key"]}')
print(f"""{d["key"]} and {d['key']}""")
print(f'''multi
line {d['key']}''')
