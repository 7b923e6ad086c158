# An uncaught FrozenInstanceError: CPython's traceback shows the generated __setattr__ as "<string>".
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080


def configure(cfg):
    print("configuring", cfg)
    cfg.port = 9090


configure(Config("localhost"))
