# type(name, bases, dict) creates a class dynamically, like a class statement.
def greet(self):
    return f"hi from {self.name}"

Person = type("Person", (), {"name": "anon", "greet": greet})
Student = type("Student", (Person,), {"school": "MIT"})
s = Student()
print(Person, Student.__bases__)
print(s.greet(), s.school)
s.name = "Zoe"
print(s.greet())
print([k.__name__ for k in Student.__mro__])
