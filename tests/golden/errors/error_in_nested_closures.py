# An error three closures deep: each frame is named after its function (not its qualname).
def make_pipeline(divisor):
    def stage_one(x):
        def stage_two(y):
            def stage_three(z):
                return z // divisor
            return stage_three(y + 1)
        return stage_two(x * 2)
    return stage_one

print(make_pipeline(2)(5))
print(make_pipeline(0)(5))
