# Using namedtuples as light records: sorting, grouping, conversion.
from collections import namedtuple

Employee = namedtuple('Employee', ['name', 'dept', 'salary'])
staff = [Employee('Ann', 'eng', 120), Employee('Bob', 'ops', 90), Employee('Cid', 'eng', 100)]
for e in sorted(staff, key=lambda e: e.salary):
    print(e.name, e.salary)
print(max(staff, key=lambda e: e.salary))
print([e._asdict() for e in staff if e.dept == 'eng'])
raised = [e._replace(salary=e.salary + 10) for e in staff]
print(raised[0], staff[0])
name, dept, salary = staff[1]
print(name, dept, salary, staff[1].count(90), staff[1].index('ops'))
print({e.name: e for e in staff}['Cid'], Employee._make(['Dee', 'hr', 70]))
Pair = namedtuple('Pair', 'left right', defaults=[None])
print(Pair(1), Pair(1, 2), tuple(Pair(3, 4)), list(Pair(5, 6)), dict(zip(Pair._fields, Pair(7, 8))))
print(repr(Pair(left='x')), str(Pair('a', 'b')), Pair(1, 2) < Pair(1, 3))
