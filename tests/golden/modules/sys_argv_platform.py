# sys.argv, platform, byteorder, maxsize, path, modules
import sys

print(sys.argv)
print(sys.platform, sys.byteorder)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode)
print(type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.version.startswith("3.11"), sys.version_info[:2], sys.version_info >= (3, 8))
print(sys.version_info.major, sys.version_info.minor, sys.version_info[0] == 3)
print(sys.getdefaultencoding(), sys.get_int_max_str_digits())
print(sys.intern("abc"))
