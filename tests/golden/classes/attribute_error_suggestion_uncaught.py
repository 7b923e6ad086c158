# An uncaught AttributeError with 3.11's "Did you mean" suggestion from the instance dict.
class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3

cfg = Config()
print(cfg.timeout)
print(cfg.timout)
