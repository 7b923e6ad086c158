# Uncaught AttributeError for a misspelled method on a user class (name suggestion from the class).
class Printer:
    def print_report(self):
        return "report"
    def print_summary(self):
        return "summary"

p = Printer()
print(p.print_report())
p.print_sumary()
