total = 1 + \
        2 + \
    3
if total > 5 and \
   total < 10:
    print("ok")
values = [
    1,  # one
    2,

    # a comment line inside brackets
    3,
]
call(a,
     b=(1,
        2),
     *args, **kwargs)
d = {
    'key': 'value',
        'nested': {'a': [1, 2,
  3]},
}
s = ("implicit "
     "concatenation")
x = (  # comment right after the bracket
    1)
y = 1 + \
    (2 +
3)
