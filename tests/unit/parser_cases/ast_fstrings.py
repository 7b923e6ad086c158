f'abc'
f'{x}'
f'{x!r}'
f'{x!s}'
f'{x!a}'
f'{x:>10}'
f'{x:{w}}'
f'{x:{w}.{p}}'
f'{x=}'
f'{x = }'
f'{x=!s}'
f'{x=:>3}'
f'{{}}'
f'a{{b}}c'
f'{x}{y}'
f'a{x}b{y}c'
f''
f'' ''
'' f''
f'{x}' 'a'
'a' f'{x}'
f'{x}' f'{y}'
f"{'a'}"
f'{"a"}'
f'''{'a'} {"b"}'''
f'{x!r:>{w}}'
f'{a["b"]}'
f'{(lambda: 1)()}'
f'{x:}'
f'{3.14:.2f}'
f'{x,y}'
f'{ x }'
f'{x:{{}}}'
rf'\n{x}'
f'\n{x}\t'
f'{f"{y}"}'
u'a' 'b'
F'{x}'
fR'{x}'
f'{x:{y}a}b' 'c'
f'{x!r:{y}}'
f'{a}{b:{c}d{e}}'
f'''
{x}
'''
f'''{
x
}'''
f'''a
  {x} {y
}'''
f'{x:=10}'
f'{(x:=10)}'
f'{x!=y}'
f'{x==y}'
f'{x<y}'
f'{x>y}'
f'{x<=y}'
print('é', x)
x = 'ü' + f'{é}ü{y}'
# comment
x = 1  # trailing
if x:
    if y:
        pass
    else:
        pass
elif z:
    pass
