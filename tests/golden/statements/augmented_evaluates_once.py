# In a[i] += 1 the container and index expressions are evaluated once.
data = [10, 20, 30]

def index():
    print("index evaluated")
    return 1

def container():
    print("container evaluated")
    return data

container()[index()] += 5
print(data)
