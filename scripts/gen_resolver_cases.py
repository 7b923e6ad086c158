#!/usr/bin/env python3
"""Writes CPython's answers for the resolver's unit tests.

For each tests/unit/resolver_cases/NAME.py, writes NAME.expected with what
python3 (CPython 3.11) says about that program:

  == scopes     every symbol table, as pywalk's dump_scopes() prints it: one
                block per scope, outermost first, children in symtable
                order, parameters (ste_varnames) and each symbol sorted by
                name with its scope (LOCAL, CELL, FREE, GLOBAL_EXPLICIT,
                GLOBAL_IMPLICIT) and its DEF_* flags, read from the
                `symtable` module;
  == code       one line per code object (sorted, duplicates dropped):
                qualname, co_varnames, co_cellvars, co_freevars and the
                argument counts, as pywalk's dump_code_info() prints them;

or, when compile() rejects the program (a scope or compiler error),

  == error      "SyntaxError: MESSAGE" and "line L offset O end_line EL
                end_offset EO" as CPython reports them;

preceded, when the compiler warns, by

  == warnings   each SyntaxWarning as CPython prints it to stderr
                ("NAME.py:L: SyntaxWarning: MESSAGE" and the source line).

A case must parse (ast.parse): syntax errors are the parser's tests.
tests/unit/resolver_test.cpp parses and resolves every case with pywalk and
compares.

Usage: python3 scripts/gen_resolver_cases.py [CASES_DIR]
"""
import ast
import os
import symtable
import sys
import types
import warnings

SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
FLAGS = ["global", "local", "param", "nonlocal", "use", "free", "free_class", "import", "annot", "comp_iter"]
SCOPE_OFF = 11


def flag_list(flags):
    return ", ".join(name for i, name in enumerate(FLAGS) if flags & (1 << i))


def classify(table):
    kind = table.get_type()
    name = table.get_name()
    if kind == "module":
        return "module", "<module>"
    if kind == "class":
        return "class", name
    if name == "lambda":
        return "lambda", "<lambda>"
    if ".0" in table._table.symbols:
        return "comprehension", "<%s>" % name
    return "function", name


def dump_table(table, depth, out):
    indent = "  " * depth
    kind, name = classify(table)
    out.append("%sscope %s (%s)" % (indent, name, kind))
    if kind in ("function", "lambda", "comprehension"):
        out.append("%s  params: (%s)" % (indent, ", ".join(table._table.varnames)))
    for sym, flags in sorted(table._table.symbols.items()):
        scope = SCOPES.get((flags >> SCOPE_OFF) & 15, "UNRESOLVED")
        out.append("%s  %s: %s [%s]" % (indent, sym, scope, flag_list(flags & ((1 << SCOPE_OFF) - 1))))
    for child in table.get_children():
        dump_table(child, depth + 1, out)


def tup(names):
    return "(" + ", ".join(names) + ")"


def code_lines(code, out):
    out.add(
        "%s: varnames=%s cellvars=%s freevars=%s argcount=%d posonlyargcount=%d kwonlyargcount=%d "
        "varargs=%d varkw=%d nlocals=%d"
        % (code.co_qualname, tup(code.co_varnames), tup(code.co_cellvars), tup(code.co_freevars), code.co_argcount,
           code.co_posonlyargcount, code.co_kwonlyargcount, bool(code.co_flags & 4), bool(code.co_flags & 8),
           code.co_nlocals))
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            code_lines(const, out)


def expected(source, filename):
    ast.parse(source, filename)  # a parser error is not a resolver case
    lines = source.splitlines()
    out = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            code = compile(source, filename, "exec", dont_inherit=True)
            error = None
        except SyntaxError as e:
            error = e
    for w in caught:  # compile() warns with no registry: every warning is shown
        if w.category is not SyntaxWarning:
            continue
        if not out:
            out.append("== warnings")
        out.append("%s:%s: SyntaxWarning: %s" % (filename, w.lineno, w.message))
        out.append("  " + lines[w.lineno - 1].strip())
    if error:
        return out + ["== error", "SyntaxError: %s" % error.msg,
                      "line %s offset %s end_line %s end_offset %s"
                      % (error.lineno, error.offset, error.end_lineno, error.end_offset)]
    out.append("== scopes")
    dump_table(symtable.symtable(source, filename, "exec"), 0, out)
    out.append("== code")
    lines = set()
    code_lines(code, lines)
    out.extend(sorted(lines))
    return out


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    cases = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "tests", "unit", "resolver_cases")
    count = 0
    for name in sorted(os.listdir(cases)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(cases, name)
        with open(path, encoding="utf-8") as f:
            source = f.read()
        lines = expected(source, name)
        with open(path[:-3] + ".expected", "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        count += 1
    print("wrote %d expectations in %s" % (count, cases))


if __name__ == "__main__":
    main()
