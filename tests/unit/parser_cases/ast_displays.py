()
(1,)
(1, 2)
1, 2
[]
[1]
[1, 2,]
{}
{1: 2}
{1: 2, 3: 4,}
{1}
{1, 2}
{**a}
{**a, 'b': 1, **c}
[*a, *b]
{*a, 1}
(*a, b)
*a, b = c
[x for x in y]
[x for x in y if x]
[x for x in y if x if z]
[x for x in y for z in x]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[(a, b) for a in c for b in d if a if b]
[x async for x in y]
