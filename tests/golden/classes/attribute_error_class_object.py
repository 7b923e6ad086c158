# AttributeError on a class object itself: "type object 'Config' has no attribute 'x'".
class Config:
    DEBUG = True
    VERBOSE = False

print(Config.DEBUG)
print(Config.DEBG)
