# AttributeError on None in an attribute chain: markers under the attribute access that failed.
class User:
    def __init__(self, name, profile=None):
        self.name = name
        self.profile = profile

class Profile:
    email = "ann@example.com"

def email_of(user):
    return user.profile.email.lower()

print(email_of(User("ann", Profile())))
print(email_of(User("bob")))
