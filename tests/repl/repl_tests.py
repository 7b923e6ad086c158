#!/usr/bin/env python3
"""End-to-end tests of pywalk's REPL through a real pseudo-terminal.

Each scenario types the same keystrokes into `pywalk -q` and into
`python3 -q` (CPython 3.11, the oracle) and compares what the two screens
show (rendered by pty_driver.Screen, so readline's and libedit's different
escape sequences do not matter) and the exit statuses. Nothing expected is
written here by hand: CPython produces it on every run.

    repl_tests.py --pywalk build/release/pywalk [-k NAME] [-v]

Scenarios run a few at a time; each step waits for a prompt (or for the
output to settle) with a deadline, never for a fixed time.
"""
import argparse
import concurrent.futures
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pty_driver import Session, strip_banner  # noqa: E402

UP = "\x1b[A"
CTRL_C = "\x03"
CTRL_D = "\x04"
CTRL_R = "\x12"
TAB = "\t"
BACKSPACE = "\x7f"


def line(text=""):
    return ("line", text)


def keys(text):
    return ("keys", text)


def keys_to_prompt(text):
    return ("keys_prompt", text)


def running(text, marker):
    return ("running", text, marker)


def exit_with(text):
    return ("exit", text)


def lines(*texts):
    return [line(t) for t in texts]


class Scenario:
    def __init__(self, name, *sessions, args=(), files=None, pywalk_env=None, python_env=None,
                 separate_python_homes=False):
        self.name = name
        self.sessions = list(sessions)  # each a list of steps, run one after the other in the same HOME
        self.args = list(args)
        self.files = files or {}
        self.pywalk_env = pywalk_env or {}
        self.python_env = python_env or {}
        self.separate_python_homes = separate_python_homes


SCENARIOS = [
    Scenario("definitions_across_prompts",
             lines("x = 6", "def double(n):", "    return n * 2", "", "double(x)", "y = double(x) + 1", "y",
                   "print(x, y)", "words = ['a', 'b']", "words.append('c')", "words", "len(words) * x")),
    Scenario("closure",
             lines("def make_counter():", "    count = 0", "    def increment():", "        nonlocal count",
                   "        count += 1", "        return count", "    return increment", "",
                   "counter = make_counter()", "counter()", "counter()", "len(counter.__closure__)",
                   "counter.__closure__[0].cell_contents", "other = make_counter()", "other()", "counter()",
                   "adders = [lambda x, n=n: x + n for n in range(3)]", "[f(10) for f in adders]") +
             [keys("counter.__clo" + TAB), line("[0].cell_contents"), line("tikc()"), line("_ + 40")]),
    Scenario("error_and_recovery",
             lines("1 / 0", "undefined_name", "prnt('hi')", "x = 5", "def f():", "    return g()", "", "f()",
                   "def g():", "    y = 1", "    return y / 0", "", "f()", "x", "[1, 2][5]", "x + 1",
                   "{}['missing']", "int('abc')", "x")),
    Scenario("traceback_line_numbers",
             lines("if True:", "    a = 1", "    b = 0", "    a / b", "", "def outer():", "    return inner()", "",
                   "def inner():", "    x = 1", "", "    return x + 'a'", "", "outer()",
                   "for i in range(2):", "    outer()", "")),
    Scenario("continuation_prompts",
             lines("if True:", "    a = 1", "    a", "", "total = (1 +", "", "       2)", "total",
                   "s = '''one", "", "two'''", "s", "t = 1 + \\", "2", "t", "for i in range(3): i", "",
                   "for i in range(2):", "    i * 10", "   ", "", "while False:", "    pass", "else:",
                   "    'done'", "", "# just a comment", "   ", "[1,", " 2,", " 3]", "def f(a,", "      b):",
                   "    return a + b", "", "f(1, 2)")),
    Scenario("syntax_errors",
             lines("1 +", "if True", "def f(:", "if True:", "    x = 1", "print(x)", "if True:", "", "x = 1 + \\",
                   "", "'abc", "None = 1", "print 'a'", "   x = 1", "f(**{}, *[])", "@decorator", "",
                   "x = (1,", "2", "x = 3", "x", "'é' +", "'é' + ", "é = (1 2)", "if True:", "    pass",
                   "ü = 1", "1 is 1", "return 5", "é = 1; nonlocal é", "def f(a, a):", "    pass", "")),
    Scenario("underscore",
             lines("_", "3 * 7", "_", "_ + 1", "_", "None", "_", "x = 10", "_", "print('hi')", "_",
                   "for i in range(2):", "    i + 100", "", "_")),
    Scenario("ctrl_c",
             [keys("abc"), keys_to_prompt(CTRL_C), line("if 1:"), keys_to_prompt(CTRL_C), line("i = 0"),
              line("while True: i = i + 1 if i else print('run' + 'ning') or 1"),
              running("", "running"), keys_to_prompt(CTRL_C), line("i >= 1"), line("'still here'")]),
    Scenario("ctrl_d_ends_session", lines("x = 1", "if x:", "    x + 1") + [keys_to_prompt(CTRL_D), line("x"),
                                                                             exit_with(CTRL_D)]),
    Scenario("ctrl_d_in_open_bracket", [line("x = (1,"), keys_to_prompt(CTRL_D), line("def f():"),
                                        keys_to_prompt(CTRL_D), line("y = 1 + \\"), keys_to_prompt(CTRL_D),
                                        exit_with(CTRL_D)]),
    Scenario("exit_hint_and_status", lines("exit", "quit", "x = 3") + [exit_with("exit(x)\r")]),
    Scenario("quit_call", [line("1"), exit_with("quit()\r")]),
    Scenario("system_exit_message", [exit_with("raise SystemExit('bye')\r")]),
    Scenario("history_up_arrow",
             lines("x = 41", "x + 1") + [keys(UP + UP), line(""), keys(UP), line(""), keys(UP + BACKSPACE + "2"),
                                         line(""), line("x"), keys(UP + UP + UP), line("")]),
    Scenario("history_persists",
             lines("saved = 'from the first session'") + [exit_with(CTRL_D)],
             [keys(UP), line(""), line("saved"), exit_with(CTRL_D)]),
    Scenario("history_disabled",
             lines("secret = 1") + [exit_with(CTRL_D)],
             [keys(UP), line(""), exit_with(CTRL_D)],
             pywalk_env={"PYWALK_HISTORY": ""}, separate_python_homes=True),
    Scenario("completion",
             lines("greeting = 'hello'", "def shout(text):", "    return text.upper() + '!'", "",
                   "def no_args():", "    return 7", "") +
             [keys("greeting.up" + TAB), line(""), keys("sho" + TAB), line("greeting)"), keys("no_a" + TAB),
              line(""), keys("greeting.isdi" + TAB), line(""), keys("whi" + TAB + "False: pass"), line(""),
              line(""), keys("gree" + TAB + ".st" + TAB), keys(TAB), keys("rip()"), line(""), keys(TAB + "1"),
              line(""), line("import math"), keys("math.fl" + TAB), line("2.5)"), line("d = {}"),
              keys("d." + TAB), keys(TAB), line("clear()"), keys("d.p" + TAB), keys(TAB), keys(TAB),
              line("item()"), keys("zzz" + TAB), line("")]),
    Scenario("ctrl_r_search",
             lines("alpha = 1", "beta = 2", "alpha + beta") + [keys(CTRL_R + "alpha ="), keys_to_prompt("\r"),
                                                              line("alpha")]),
    Scenario("dash_i_runs_file_first",
             [line("greet('Ada')"), line("data"), line("total"), line("helper_value()")],
             args=["-i", "lesson.py"],
             files={"lesson.py": "def greet(name):\n    return 'hello ' + name\n\ndata = [1, 2, 3]\n"
                                 "total = sum(data)\n\ndef helper_value():\n    return total * 2\n"
                                 "print('lesson loaded')\n"}),
    Scenario("dash_i_error_in_file",
             [line("before"), line("never_set")],
             args=["-i", "broken.py"],
             files={"broken.py": "before = 'set'\n\ndef crash(n):\n    return n / 0\n\ncrash(0)\nnever_set = 1\n"}),
]


def run_session_steps(argv, steps, env, cwd, timeout):
    s = Session(argv, env=env, cwd=cwd, timeout=timeout)
    try:
        s.start()
        for step in steps:
            kind = step[0]
            if kind == "line":
                s.line(step[1])
            elif kind == "keys":
                s.keys(step[1])
            elif kind == "keys_prompt":
                s.keys(step[1], prompt=True)
            elif kind == "running":
                s.start_running(step[1], step[2])
            elif kind == "exit":
                s.send(step[1])
                s.wait_exit()
        if s.status is None:  # the scenario leaves with Ctrl-D
            s.send(CTRL_D)
            s.wait_exit()
        return strip_banner(s.screen.text()), s.status
    finally:
        s.close()


def run_program(argv, scenario, base_env, timeout, python):
    tmp = tempfile.mkdtemp(prefix="pywalk-repl-")
    try:
        work = os.path.join(tmp, "work")
        os.mkdir(work)
        for name, text in scenario.files.items():
            with open(os.path.join(work, name), "w") as f:
                f.write(text)
        results = []
        for i, steps in enumerate(scenario.sessions):
            home = os.path.join(tmp, f"home{i}" if python and scenario.separate_python_homes else "home")
            os.makedirs(home, exist_ok=True)
            env = dict(base_env, HOME=home)
            env.update(scenario.python_env if python else scenario.pywalk_env)
            results.append(run_session_steps(argv + scenario.args, steps, env, work, timeout))
        return results
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run_scenario(scenario, pywalk, python, timeout):
    base = {k: v for k, v in os.environ.items() if k != "PYWALK_HISTORY"}
    expected = run_program([python, "-q"], scenario, base, timeout, True)
    actual = run_program([pywalk, "-q"], scenario, base, timeout, False)
    problems = []
    for i, ((exp_text, exp_status), (act_text, act_status)) in enumerate(zip(expected, actual)):
        label = f"session {i + 1}" if len(expected) > 1 else "session"
        if exp_text != act_text:
            diff = "".join(difflib.unified_diff(exp_text.splitlines(True), act_text.splitlines(True),
                                                "python3", "pywalk"))
            problems.append(f"{label}: screens differ\n{diff}")
        if exp_status != act_status:
            problems.append(f"{label}: exit status {act_status}, python3 {exp_status}")
    return problems, expected


# ------------------------------------------------------- checks without a pty


def piped_checks(pywalk, python):
    """-i with stdin not a terminal: prompts go to stderr, no line editing."""
    problems = []
    cases = [
        (["-q", "-i", "-c", "x = 5"], "x\nx + 1\n"),
        (["-q", "-i", "-c", "raise SystemExit(3)"], "print('went on')\n"),
        (["-q", "-i", "-c", "x = 1; print(1 / 0)"], "x\n"),
        (["-q", "-i"], "if 1:\n    5\n"),
        (["-q", "-i"], "import sys\nraise SystemExit('bye')\n"),
        (["-q", "-i"], "exit(7)\n"),
        (["-q", "-i"], "def f():\n    return 1 / 0\n\nf()\nprint('after')\n"),
    ]
    for args, stdin in cases:
        a = subprocess.run([pywalk] + args, input=stdin, capture_output=True, text=True, timeout=30)
        b = subprocess.run([python] + args, input=stdin, capture_output=True, text=True, timeout=30)
        if (a.stdout, a.stderr, a.returncode) != (b.stdout, b.stderr, b.returncode):
            problems.append(f"piped {args} {stdin!r}: pywalk {(a.stdout, a.stderr, a.returncode)!r}\n"
                            f"    python3 {(b.stdout, b.stderr, b.returncode)!r}")
    return problems


def pywalk_only_checks(pywalk, timeout):
    """What CPython has no counterpart for: pywalk's banner and PYWALK_HISTORY."""
    problems = []
    tmp = tempfile.mkdtemp(prefix="pywalk-repl-")
    try:
        env = {k: v for k, v in os.environ.items() if k != "PYWALK_HISTORY"}
        env["HOME"] = tmp
        s = Session([pywalk], env=env, cwd=tmp, timeout=timeout)
        try:
            s.start()
            s.send(CTRL_D)
            s.wait_exit()
            first = s.screen.text().splitlines()
            if len(first) < 3 or not first[0].startswith("pywalk ") or not first[2].startswith(">>>"):
                problems.append(f"banner: expected 'pywalk VERSION ...', a hint line, then the prompt: {first!r}")
        finally:
            s.close()
        hist = os.path.join(tmp, "custom_history")
        env["PYWALK_HISTORY"] = hist
        env["HOME"] = os.path.join(tmp, "home")
        os.mkdir(env["HOME"])
        s = Session([pywalk, "-q"], env=env, cwd=tmp, timeout=timeout)
        try:
            s.start()
            s.line("remember_me = 1")
            s.send(CTRL_D)
            s.wait_exit()
        finally:
            s.close()
        if not os.path.exists(hist) or "remember_me = 1\n" not in open(hist, errors="replace").read():
            problems.append("PYWALK_HISTORY=FILE: the history was not saved to FILE")
        if os.path.exists(os.path.join(env["HOME"], ".pywalk_history")):
            problems.append("PYWALK_HISTORY=FILE: ~/.pywalk_history was written too")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pywalk", required=True)
    ap.add_argument("--python", default=sys.executable, help="CPython 3.11, the oracle (default: this python)")
    ap.add_argument("-k", default="", help="only scenarios whose name contains this")
    ap.add_argument("-v", action="store_true", help="print CPython's screen for each scenario")
    ap.add_argument("--timeout", type=float, default=15.0, help="seconds to wait for each prompt")
    ap.add_argument("-j", type=int, default=4)
    args = ap.parse_args()
    pywalk = os.path.abspath(args.pywalk)
    python = shutil.which(args.python) or args.python
    version = subprocess.run([python, "-c", "import sys; print(sys.version_info[:2] == (3, 11))"],
                             capture_output=True, text=True).stdout.strip()
    if version != "True":
        print(f"{python} is not CPython 3.11: it cannot be the oracle of these tests")
        return 1
    chosen = [s for s in SCENARIOS if args.k in s.name]
    failures = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
        futures = {pool.submit(run_scenario, s, pywalk, python, args.timeout): s for s in chosen}
        if not args.k:
            futures[pool.submit(piped_checks, pywalk, python)] = "piped"
            futures[pool.submit(pywalk_only_checks, pywalk, args.timeout)] = "pywalk_only"
        for fut in concurrent.futures.as_completed(futures):
            what = futures[fut]
            name = what if isinstance(what, str) else what.name
            try:
                result = fut.result()
            except Exception:
                failures += 1
                print(f"FAIL {name}: {traceback.format_exc()}")
                continue
            problems, expected = result if isinstance(result, tuple) else (result, None)
            if problems:
                failures += 1
                print(f"FAIL {name}")
                for p in problems:
                    print("    " + p.replace("\n", "\n    "))
            else:
                print(f"ok   {name}")
            if args.v and expected:
                for text, status in expected:
                    print(text + f"[exit status {status}]\n")
    print(f"{len(futures) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
