# At module level, a nonlocal after an assignment reports the assignment first (a CPython quirk).
x = 1
nonlocal x
