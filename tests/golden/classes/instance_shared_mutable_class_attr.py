# A mutable class attribute is shared; assignment on an instance shadows it.
class Team:
    members = []
    count = 0
    def add(self, name):
        self.members.append(name)
        self.count += 1
        Team.total = getattr(Team, "total", 0) + 1

a, b = Team(), Team()
a.add("x"); b.add("y"); a.add("z")
print(Team.members, a.members is b.members, a.count, b.count, Team.count, Team.total)
a.members = ["own"]
print(a.members, b.members, Team.members)
del a.members
print(a.members)
