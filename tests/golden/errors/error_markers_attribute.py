# Position markers under an attribute access.
settings = None
timeout = settings.timeout * 2
