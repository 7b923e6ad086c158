# A descriptor learns its attribute name from __set_name__, called when the owner class is created.
class Field:
    def __set_name__(self, owner, name):
        print(f"__set_name__ on {owner.__name__}: {name}")
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "<unset>")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value.strip()

class Form:
    username = Field()
    email = Field()

f = Form()
print(f.username)
f.username = "  alice  "
print(repr(f.username), f.email)
print(Form.username.name, vars(f))
