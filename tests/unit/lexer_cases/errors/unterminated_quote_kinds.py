x = "it's
