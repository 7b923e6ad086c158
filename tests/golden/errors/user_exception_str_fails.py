# If the exception's __str__ itself raises, CPython prints <exception str() failed> as the message.
class Weird(Exception):
    def __str__(self):
        return self.missing_attribute

def trigger():
    raise Weird("hidden")

trigger()
