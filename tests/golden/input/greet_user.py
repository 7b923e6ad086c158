# input() with a prompt: the prompt goes to stdout, without a newline.
name = input("What is your name? ")
age = int(input("How old are you? "))
print(f"Hello, {name}! Next year you will be {age + 1}.")
