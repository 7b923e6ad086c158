#!/usr/bin/env python3
"""Generates the expectations of the lexer's unit tests from CPython itself.

    python3 scripts/gen_lexer_cases.py        (python3 must be CPython 3.11)

Everything under tests/unit/lexer_cases/ except the hand-written *.py dump
samples is written by this script:

  *.py       dump samples: hand-written ones, plus the byte-exact ones below
             (CRLF, BOM, no final newline, empty file, ...)
  *.tokens   `python3 -m tokenize FILE` without its ENCODING line
  errors/NAME.py    a source whose compilation fails in the tokenizer
  errors/NAME.err   what `python3 errors/NAME.py` raises, one field a line:
             type, msg ({file} for the file's path), lineno, offset,
             end_lineno, end_offset, text, and
             whether the error still wins when a parser error comes first
             (the same source after a first line `x = = 1`): 1, 0 or -
  cmode/NAME.py     a source with a generic syntax error at one token
  cmode/NAME.pos    that token's kind, and the error's lineno, offset,
             end_lineno, end_offset (CPython's parser reports UTF-8 byte
             offsets + 1 in a file without an encoding declaration)
  strings.txt       one literal a line: hex(literal) OK str|bytes hex(value)
             (str values in UTF-8, lone surrogates as 3 bytes), or
             hex(literal) ERR message (the SyntaxError's msg)
  warnings.txt      hex(source), then line:message for each SyntaxWarning
             compile() gives, separated by tabs
  token_names.txt   operator text and CPython's token name (exact type), and
             `(none) NAME` for the other token types the lexer produces
"""
import json
import os
import subprocess
import sys
import tempfile
import token
import tokenize
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "tests", "unit", "lexer_cases")

# Dump samples whose exact bytes matter.
SPECIAL_DUMPS = {
    "empty": b"",
    "only_newline": b"\n",
    "blank_lines": b"\n\n   \n\t\n",
    "no_final_newline": b"def f():\n    return 1",
    "no_final_newline_comment": b"x = 1\n# the end",
    "no_final_newline_code_comment": b"x = 1  # the end",
    "whitespace_last_line": b"if x:\n    y = 1\n   ",
    "crlf": b"def f(a,\r\n      b):\r\n    # comment\r\n\r\n    s = '''one\r\ntwo'''\r\n    return a + b\r\n",
    "bom": b"\xef\xbb\xbfx = 1\nif x:\n    print('\xc3\xa9')\n",
    "form_feed": b"x = 1\n\x0c\ndef f():\n    \x0cpass\n",
    "trailing_spaces": b"x = 1   \ny = (1,   \n     2)   \n",
    "comment_only": b"# just a comment\n",
    "dedent_at_eof": b"class A:\n    def f(self):\n        if x:\n            return 1\n",
    "dedent_comment_eof": b"if x:\n    y = 1\n    # trailing comment\n",
    "continuation_last_line": b"x = 1 + \\\n    2",
    "backslash_at_line_start": b"if x:\n    y = 1\n\\\n    z = 2\n",
}

# Error cases: name -> source bytes. Each must fail in CPython's tokenizer.
ERRORS = {
    # indentation
    "unindent_mismatch": b"if x:\n    y = 1\n  z = 2\n",
    "unindent_mismatch_eof": b"if x:\n    y = 1\n  z = 2",
    "unindent_mismatch_nonascii": "if x:\n  y\n é\n".encode(),
    "unindent_mismatch_nested": b"def f():\n    if x:\n        y\n      z\n",
    "tab_error_spaces_then_tab": b"if x:\n        y\n\tz\n",
    "tab_error_tab_then_spaces": b"if x:\n\ty\n        z\n",
    "tab_error_same_column": b"if x:\n    \ty\n\t    z\n",
    "too_deep": "".join(" " * i + "if x:\n" for i in range(100)).encode() + b" " * 100 + b"pass\n",
    # brackets
    "unmatched_paren": b"x = )\n",
    "unmatched_bracket_later_line": b"x = 1\ny = [1, 2]]\n",
    "unmatched_brace": b"d = {}}\n",
    "mismatch_same_line": b"x = (1, 2]\n",
    "mismatch_other_line": b"x = [1,\n     2)\n",
    "mismatch_brace": b"x = {1: (2}\n",
    "never_closed": b"x = (1,\n",
    "never_closed_nested": b"x = [1, (2,\n 3, {4\n",
    "never_closed_nonascii": "é = foo(\n".encode(),
    "never_closed_no_newline": b"print('a',",
    "never_closed_blank_lines": b"x = (\n\n\n",
    "too_many_parens": b"x = " + b"(" * 201 + b"\n",
    "too_many_mixed": b"x = " + b"[(" * 101 + b"\n",
    "deep_brackets": b"(" * 1000 + b"\n",
    # continuation
    "continuation_char_after": b"x = 1 + \\ 2\n",
    "continuation_char_after_in_parens": b"x = (1 + \\ 2)\n",
    "continuation_char_after_joined": b"x = 1 + \\\n    2 \\ y\n",
    "continuation_char_after_string": b"x = '''a\nb''' + \\ y\n",
    "continuation_char_after_nonascii": "é = 1 \\ y\n".encode(),
    "continuation_eof": b"x = 1 + \\\n",
    "continuation_eof_no_newline": b"x = 1 + \\",
    "continuation_eof_in_parens": b"x = (1 + \\\n",
    "continuation_eof_line_start": b"x = 1\n  \\\n",
    "continuation_eof_only": b"\\",
    # strings
    "unterminated_single": b"x = 'abc\n",
    "unterminated_double": b"x = \"abc\n",
    "unterminated_prefix": b"x = rb'abc\n",
    "unterminated_fstring": b"x = f\"a{b}\n",
    "unterminated_second_line": b"x = 1\ny = 'abc\nz = 2\n",
    "unterminated_after_backslash": b"x = 'abc\\\ndef\n",
    "unterminated_backslash_eof": b"x = 'abc\\\n",
    "unterminated_nonascii": "é = 'abc\n".encode(),
    "unterminated_triple": b"x = '''abc\n",
    "unterminated_triple_later": b"x = 1\ns = \"\"\"doc\n\nmore\n\n",
    "unterminated_triple_no_newline": b"x = '''abc",
    "unterminated_quote_kinds": b"x = \"it's\n",
    # numbers
    "hex_empty": b"x = 0x\n",
    "hex_bad_digit": b"x = 0xg\n",
    "hex_trailing_underscore": b"x = 0x1_\n",
    "hex_double_underscore": b"x = 0x1__2\n",
    "hex_letter_after": b"x = 0xfg\n",
    "octal_digit_8": b"x = 0o8\n",
    "octal_digit_later": b"x = 0o17_9\n",
    "octal_empty": b"x = 0o\n",
    "octal_letter_after": b"x = 0o7a\n",
    "binary_digit_2": b"x = 0b102\n",
    "binary_empty": b"x = 0b\n",
    "binary_letter_after": b"x = 0b1z\n",
    "leading_zeros": b"x = 012\n",
    "leading_zeros_underscore": b"x = 0_12\n",
    "leading_zeros_nonascii": "é = 0012\n".encode(),
    "decimal_trailing_underscore": b"x = 12_\n",
    "decimal_double_underscore": b"x = 1__0\n",
    "decimal_letter_after": b"x = 1abc\n",
    "decimal_underscore_letter": b"x = 1_a\n",
    "exponent_empty": b"x = 1e\n",
    "exponent_sign_only": b"x = 1e+\n",
    "exponent_underscore": b"x = 1e_1\n",
    "exponent_twice": b"x = 1e5e5\n",
    "fraction_underscore": b"x = 1._5\n",
    "fraction_trailing_underscore": b"x = 1.5_\n",
    "fraction_letter": b"x = .5x\n",
    "imaginary_letter_after": b"x = 1jx\n",
    "float_imaginary_letter": b"x = 1.5jk\n",
    "zero_underscore_end": b"x = 0_\n",
    "zeros_letter": b"x = 00a\n",
    "number_then_keyword_letters": b"x = 1andy\n",
    "number_then_nonascii_keyword": "x = [1foré in y]\n".encode(),
    "number_then_nonascii": "x = 1€\n".encode(),
    # characters
    "invalid_character_euro": "€ = 1\n".encode(),
    "invalid_character_in_name": "price€ = 1\n".encode(),
    "invalid_character_quote": "print(“hi”)\n".encode(),
    "invalid_character_emoji": "x = 😀\n".encode(),
    "non_printable_nbsp": "x =\u00a01\n".encode(),
    "non_printable_zero_width": "x\u200b = 1\n".encode(),
    "non_printable_control": b"x = \x01\n",
    "non_printable_del": b"x = 1 \x7f\n",
    "non_printable_vertical_tab": b"x = 1\n\x0b\n",
    "null_byte": b"x = 1\ny = 2\x00\n",
    "non_utf8": b"x = 1\ny = '\xff'\n",
    "non_utf8_truncated": b"x = '\xe2\x82'\n",
    "non_utf8_surrogate": b"x = '\xed\xa0\x80'\n",
    # a declared encoding makes CPython's parser count code points (with a BOM, oddly)
    "coding_never_closed": "# -*- coding: utf-8 -*-\né = foo(\n".encode(),
    "coding_unindent_mismatch": "# coding=utf-8\nif x:\n  y\n é\n".encode(),
    "coding_continuation_char_after": "#!/usr/bin/env python\n# vim: set fileencoding=utf-8 :\né = 1 \\ y\n".encode(),
    "coding_continuation_eof": "# coding: utf-8\né = 1 + \\".encode(),
    "bom_never_closed": "\ufeffé = foo(\n".encode(),
    "bom_never_closed_line2": "\ufeffx = 1\né = foo(\n".encode(),
    "bom_unterminated": "\ufeffé = 'abc\n".encode(),
    "bom_tab_error": "\ufeffif x:\n        y\n\tz\n".encode(),
    "coding_not_first_lines": "x = 1\ny = 2\n# coding: utf-8\né = foo(\n".encode(),
    # ordering: the first tokenizer error is the one reported
    "first_error_wins": b"x = 012\ny = 'abc\n",
    "error_after_valid_code": b"def f(x):\n    return x\n\nprint(f(1))\nz = 0b2\n",
}

# Parser-stream positions, read from a generic "invalid syntax" (or
# IndentationError) that CPython reports at the token: name -> (source, kind).
# NEWLINE: the error's range is the token's; INDENT: "unexpected indent" at
# offset = the INDENT's end column, end_offset -1; ENDMARKER: "expected an
# indented block" at the ENDMARKER's line, offset 0 in file mode.
CMODE = {
    "newline_plain": (b"x = 1 +\n", "NEWLINE"),
    "newline_comment": (b"x = 1 +   # note\n", "NEWLINE"),
    "newline_crlf": (b"x = 1 +\r\n", "NEWLINE"),
    "newline_missing": (b"x = 1 +", "NEWLINE"),
    "newline_after_continuation": (b"x = 1 +\\\n  2 +\n", "NEWLINE"),
    "newline_nonascii": ("s = 'é' +\n".encode(), "NEWLINE"),
    "indent_spaces": (b"x = 1\n    y = 2\n", "INDENT"),
    "indent_after_blank": (b"x = 1\n\n  \n  y = 2\n", "INDENT"),
    "indent_tab": (b"x = 1\n\ty = 2\n", "INDENT"),
    "endmarker_after_header": (b"if x:\n", "ENDMARKER"),
    "endmarker_blank_lines": (b"if x:\n\n\n", "ENDMARKER"),
    "endmarker_no_newline": (b"if x:", "ENDMARKER"),
    "endmarker_comment": (b"def f():\n    # nothing\n", "ENDMARKER"),
}

STRINGS = [
    r"'plain'", r'"double"', r"'''triple'''", r'"""triple"""', r"''", r'""', r"''''''",
    r"'\n\t\r\\\'\"\a\b\f\v'", r"'\0\07\101\777\8'", r"'\x41\x7e\xff'", r"'\u00e9\u20ac'", r"'\U0001F600'",
    r"'\ud800'", r"'\N{BULLET}'", r"'\N{EM DASH}\N{EN DASH}'", r"'\N{GREEK SMALL LETTER ALPHA}'",
    r"'\N{GREEK CAPITAL LETTER OMEGA}'", r"'\N{DEGREE SIGN}\N{COPYRIGHT SIGN}\N{SNOWMAN}\N{BLACK STAR}'",
    r"'\N{WHITE SMILING FACE}\N{HEAVY CHECK MARK}\N{CHECK MARK}'", r"'\N{RIGHTWARDS ARROW}\N{LEFTWARDS ARROW}'",
    r"'\N{INFINITY}\N{PLUS-MINUS SIGN}\N{MULTIPLICATION SIGN}\N{DIVISION SIGN}'",
    r"'\N{EURO SIGN}\N{POUND SIGN}\N{YEN SIGN}\N{SECTION SIGN}\N{PILCROW SIGN}'", r"'\N{NO-BREAK SPACE}\N{SPACE}'",
    r"'\N{LATIN SMALL LETTER A}\N{LATIN CAPITAL LETTER Z}\N{DIGIT ZERO}\N{DIGIT NINE}'",
    r"'\N{HORIZONTAL ELLIPSIS}\N{GRINNING FACE}\N{THUMBS UP SIGN}\N{RED APPLE}'", r"'\N{bullet}\N{Em Dash}'",
    r"'\N{LINE FEED}\N{NULL}'", r"'\N{CJK UNIFIED IDEOGRAPH-4E00}'", r"'\N{CJK UNIFIED IDEOGRAPH-4e00}'",
    r"'\d\w\s\%\{'", r"'é\q'", "'a\\\nb'", "'''line1\nline2'''", r"'\é'", "'emoji 😀 and é'",
    r"'\x1'", r"'\x'", r"'ab\x1g'", r"'\xg0'", r"'\u12'", r"'\u123'", r"'\U1234'", r"'\U00110000'", r"'\UFFFFFFFF'",
    r"'\N{NOPE}'", r"'\N'", r"'\N{'", r"'\N{BULLET'", r"'\N{}'", r"'\Nx'", r"'é\x1'", r"'éé\u12'", r"'\N{é}'",
    r"'😀\N{NOPE}'", "'''a\nb\\x1'''",
    r"b'bytes'", r"b'\x41\xff\x00'", r"b'\777\400\101\0'", r"b'\n\t\\\'\a\v'", r"b'\u1234\N{BULLET}\d'",
    r"b'\x1'", r"b'\x4'", r"b'\xzz'", r"b'ab\x'", "b'a\\\nb'", r"B'upper'", r"Rb'\x1'", r"bR'\d'", r"rb'\N{x'",
    r"r'\x1\N'", r"R'raw\n'", r"u'unicode\n'", r"U'\x41'", "b'é'", "rb'é'",
]


# Sources whose numbers run into a keyword (SyntaxWarning "invalid ... literal").
WARNINGS = [
    "x = 1if y else 2\n", "x = 0x1for\n", "x = [0o7or 1]\n", "x = 1.5and 2\n", "x = 1jif y else 2\n",
    "x = 1 if 2else 3\n", "x = 0b1in y\n", "x = 1is 1\n", "x = 1not in y\n", "x = 1\ny = 2or 3\n",
    "x = 1 if y else 2\n", "x = 1e5if y else 2\n",
]


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def tokenize_dump(path):
    out = []
    with open(path, "rb") as f:
        tokens = list(tokenize.tokenize(f.readline))
    for t in tokens:
        if t.type == tokenize.ENCODING:
            continue
        out.append("%-20s%-15s%-15r" % ("%d,%d-%d,%d:" % (t.start + t.end), tokenize.tok_name[t.type], t.string))
    # Exactly what `python3 -m tokenize` prints, checked once:
    r = subprocess.run([sys.executable, "-m", "tokenize", path], capture_output=True, check=True)
    lines = r.stdout.decode().splitlines()
    assert lines[1:] == out, path
    return "".join(line + "\n" for line in out)


HOOK = """
import sys, json
def _hook(t, e, tb):
    if isinstance(e, SyntaxError):
        print(json.dumps([t.__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]))
    else:
        print(json.dumps([t.__name__, str(e)]))
sys.excepthook = _hook
"""


def run_file(hookdir, path):
    """What `python3 path` raises, as [type, msg, lineno, offset, end_lineno, end_offset, text], or None."""
    env = dict(os.environ, PYTHONPATH=hookdir)
    r = subprocess.run([sys.executable, path], capture_output=True, env=env)
    out = r.stdout.decode().strip()
    if not out:
        return None
    return json.loads(out)


def gen_errors(hookdir):
    err_dir = os.path.join(CASES, "errors")
    for name, src in ERRORS.items():
        path = os.path.join(err_dir, name + ".py")
        write(path, src)
        res = run_file(hookdir, path)
        assert res is not None and len(res) == 7, (name, res)
        typ, msg, lineno, offset, end_lineno, end_offset, text = res
        # Does the error win over a parser error on an earlier line?
        tmp = os.path.join(hookdir, "prefixed.py")
        bom = b"\xef\xbb\xbf" if src.startswith(b"\xef\xbb\xbf") else b""
        write(tmp, bom + b"x = = 1\n" + src[len(bom):])
        pre = run_file(hookdir, tmp)
        overrides = "0" if pre[1] == "invalid syntax" and pre[2] == 1 else "1"
        text = (text or "").rstrip("\n")
        if text.endswith("\r"):
            text = text[:-1]
        fields = [typ, msg.replace(path, "{file}"), str(lineno or 0), str(offset or 0), str(end_lineno or 0),
                  str(end_offset or 0), text, overrides]
        assert all("\n" not in f for f in fields), (name, fields)
        write(os.path.join(err_dir, name + ".err"), ("\n".join(fields) + "\n").encode())


def gen_cmode(hookdir):
    cdir = os.path.join(CASES, "cmode")
    for name, (src, kind) in CMODE.items():
        path = os.path.join(cdir, name + ".py")
        write(path, src)
        typ, msg, lineno, offset, end_lineno, end_offset, _ = run_file(hookdir, path)
        if kind == "NEWLINE":
            assert msg == "invalid syntax", (name, msg)
        elif kind == "INDENT":
            assert msg == "unexpected indent", (name, msg)
        else:
            assert msg.startswith("expected an indented block"), (name, msg)
        line = "%s %d %d %d %d\n" % (kind, lineno, offset, end_lineno, end_offset)
        write(os.path.join(cdir, name + ".pos"), line.encode())


def gen_strings():
    lines = []
    for lit in STRINGS:
        src = "x = " + lit + "\n"
        try:
            code = compile(src, "s.py", "exec")
        except SyntaxError as e:
            lines.append("%s ERR %s" % (lit.encode().hex(), e.msg))
            continue
        ns = {}
        exec(code, ns)
        v = ns["x"]
        data = v if isinstance(v, bytes) else v.encode("utf-8", "surrogatepass")
        lines.append("%s OK %s %s" % (lit.encode().hex(), type(v).__name__, data.hex()))
    write(os.path.join(CASES, "strings.txt"), ("\n".join(lines) + "\n").encode())


def gen_warnings():
    lines = []
    for src in WARNINGS:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                compile(src, "w.py", "exec")
            except SyntaxError:
                pass
        found = ["%d:%s" % (w.lineno, w.message) for w in caught if w.category is SyntaxWarning]
        lines.append("\t".join([src.encode().hex()] + found))
    write(os.path.join(CASES, "warnings.txt"), ("\n".join(lines) + "\n").encode())


def gen_token_names():
    lines = ["%s %s" % (text, token.tok_name[t]) for text, t in sorted(token.EXACT_TOKEN_TYPES.items())]
    for t in (token.ENDMARKER, token.NAME, token.NUMBER, token.STRING, token.NEWLINE, token.INDENT, token.DEDENT,
              token.NL, token.COMMENT):
        lines.append("(none) %s" % token.tok_name[t])
    write(os.path.join(CASES, "token_names.txt"), ("\n".join(lines) + "\n").encode())


def main():
    assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"
    for name, src in SPECIAL_DUMPS.items():
        write(os.path.join(CASES, name + ".py"), src)
    for fn in sorted(os.listdir(CASES)):
        if fn.endswith(".py"):
            path = os.path.join(CASES, fn)
            write(path[:-3] + ".tokens", tokenize_dump(path).encode())
    with tempfile.TemporaryDirectory() as hookdir:
        write(os.path.join(hookdir, "sitecustomize.py"), HOOK.encode())
        gen_errors(hookdir)
        gen_cmode(hookdir)
    gen_strings()
    gen_warnings()
    gen_token_names()


if __name__ == "__main__":
    main()
