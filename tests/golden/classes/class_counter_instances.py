# A class-level counter updated from __init__ and a classmethod reading it.
class Employee:
    count = 0
    registry = []
    def __init__(self, name):
        self.name = name
        Employee.count += 1
        self.id = Employee.count
        type(self).registry.append(self)
    @classmethod
    def total(cls):
        return cls.count
    def __repr__(self):
        return f"Employee({self.name!r}, id={self.id})"

staff = [Employee(n) for n in ("ann", "bob", "cy")]
print(Employee.total(), staff, Employee.registry[1], staff[0].count)
class Manager(Employee):
    pass
m = Manager("dee")
print(Employee.count, Manager.count, m.id, Manager.total(), len(Employee.registry))
