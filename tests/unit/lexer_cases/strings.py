s1 = 'single' + "double"
s2 = '''triple single''' + """triple double"""
s3 = r'raw\n' + R"raw" + u'unicode' + U"unicode"
s4 = b'bytes' + B"bytes" + br'raw bytes' + rb"raw bytes" + Br'x' + bR"x" + RB'x' + rB"x"
s5 = f'format {s1}' + F"format" + fr'raw {s1}\n' + rf"raw" + Rf'x' + fR"x" + FR'x' + rF"x"
s6 = 'it\'s' + "say \"hi\"" + 'back\\slash' + "tab\tnew\n"
s7 = '''multi
line
  string''' + """with 'quotes' and "quotes" inside"""
s8 = 'continued \
string'
s9 = '' + "" + '''''' + """"""
s10 = 'a' 'b' "c"
s11 = """ends with quote\""""
s12 = '\N{BULLET} \x41 \u00e9 \U0001F600 \101'
s13 = b'\x00\xff'
s14 = rb'\d+' + r'\"'
def doc():
    """Docstring
    spanning lines.
    """
    return '''
'''
