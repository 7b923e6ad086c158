def f():
    "ééé"; x = 1; global x
