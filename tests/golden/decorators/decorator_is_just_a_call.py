# @deco is the same as f = deco(f): both spellings give the same behaviour.
def shout(func):
    def wrapper(text):
        return func(text).upper() + "!"
    return wrapper

def say(text):
    return text

loud = shout(say)
print(loud("hi"))

@shout
def say2(text):
    return text

print(say2("hi"))
print(say("unchanged"))
