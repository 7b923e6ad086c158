# sys.float_info fields
import sys

fi = sys.float_info
print(fi.max, fi.min, fi.epsilon)
print(fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi[0] == fi.max, len(fi))
