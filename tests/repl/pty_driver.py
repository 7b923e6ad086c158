"""A small pseudo-terminal driver for REPL tests.

Session starts a program on a new pty (TERM=xterm, a fixed window size),
types keystrokes into it and renders what it writes with Screen, a minimal
VT100/xterm emulator (cursor motion, erasing, insert/delete characters,
autowrap, scrolling into an unbounded scrollback), so that two programs
that draw the same thing by different escape sequences (GNU readline in
CPython, libedit in pywalk) compare equal.

Waiting is event driven, never blind sleeping: `line()` waits until a new
prompt row appears, `keys()` waits until the output settles, `wait_exit()`
until the child exits; each has a deadline after which the test fails with
the screen so far.
"""
import fcntl
import os
import pty
import re
import select
import signal
import struct
import termios
import time

PROMPTS = (">>> ", "... ")


class Screen:
    """Renders terminal output. Rows beyond the window height scroll into
    the scrollback, which stays part of text()."""

    def __init__(self, cols=100, rows=50):
        self.cols, self.rows = cols, rows
        self.lines = [[]]   # scrollback + window, each a list of characters
        self.r = 0          # cursor row (index into lines)
        self.c = 0          # cursor column
        self.pending_wrap = False
        self.state = None   # escape-sequence parser state
        self.buf = ""

    def top(self):
        return max(0, len(self.lines) - self.rows)

    def _row(self):
        while len(self.lines) <= self.r:
            self.lines.append([])
        return self.lines[self.r]

    def _put(self, ch):
        if self.pending_wrap:
            self.pending_wrap = False
            self.r += 1
            self.c = 0
        row = self._row()
        while len(row) < self.c:
            row.append(" ")
        if self.c < len(row):
            row[self.c] = ch
        else:
            row.append(ch)
        if self.c == self.cols - 1:
            self.pending_wrap = True
        else:
            self.c += 1

    def feed(self, data):
        for ch in data:
            self._feed_char(ch)

    def _feed_char(self, ch):
        st = self.state
        if st is None:
            if ch == "\x1b":
                self.state, self.buf = "esc", ""
            elif ch == "\r":
                self.c, self.pending_wrap = 0, False
            elif ch == "\n":
                self.r += 1
                self.pending_wrap = False
                self._row()
            elif ch == "\b":
                if self.pending_wrap:
                    self.pending_wrap = False
                elif self.c > 0:
                    self.c -= 1
            elif ch == "\t":
                self.c = min(self.cols - 1, (self.c // 8 + 1) * 8)
            elif ch in "\x07\x00\x0e\x0f":
                pass
            elif ord(ch) >= 32:
                self._put(ch)
        elif st == "esc":
            if ch == "[":
                self.state = "csi"
            elif ch == "]":
                self.state = "osc"
            elif ch in "()":
                self.state = "charset"
            else:
                self.state = None  # ESC =, ESC >, ESC 7/8...: ignored
        elif st == "charset":
            self.state = None
        elif st == "osc":
            if ch == "\x07":
                self.state = None
            elif ch == "\x1b":
                self.state = "osc_esc"
        elif st == "osc_esc":
            self.state = None
        elif st == "csi":
            if "\x40" <= ch <= "\x7e":
                self.state = None
                self._csi(self.buf, ch)
            else:
                self.buf += ch

    def _csi(self, params, final):
        private = params.startswith("?") or params.startswith(">")
        nums = [int(p) if p.isdigit() else 0 for p in params.lstrip("?>").split(";")] if params else []
        n = nums[0] if nums and nums[0] > 0 else 1
        if private:
            return  # modes (bracketed paste, cursor keys...): no effect on the text
        self.pending_wrap = False if final in "ABCDGHfK" else self.pending_wrap
        row = self._row()
        if final == "A":
            self.r = max(self.top(), self.r - n)
        elif final == "B":
            self.r += n
        elif final == "C":
            self.c = min(self.cols - 1, self.c + n)
        elif final == "D":
            self.c = max(0, self.c - n)
        elif final == "G":
            self.c = min(self.cols - 1, n - 1)
        elif final in "Hf":
            row_n = nums[0] if nums and nums[0] > 0 else 1
            col_n = nums[1] if len(nums) > 1 and nums[1] > 0 else 1
            self.r = self.top() + row_n - 1
            self.c = col_n - 1
        elif final == "K":
            mode = nums[0] if nums else 0
            if mode == 0:
                del row[self.c:]
            elif mode == 1:
                for i in range(min(self.c + 1, len(row))):
                    row[i] = " "
            else:
                row.clear()
        elif final == "J":
            mode = nums[0] if nums else 0
            if mode == 0:
                del row[self.c:]
                del self.lines[self.r + 1:]
            elif mode == 2:
                for i in range(self.top(), len(self.lines)):
                    self.lines[i] = []
        elif final == "P":
            del row[self.c:self.c + n]
        elif final == "@":
            if self.c <= len(row):
                row[self.c:self.c] = [" "] * n
                del row[self.cols:]
        elif final == "X":
            for i in range(self.c, min(len(row), self.c + n)):
                row[i] = " "
        # m (colours), r (scroll region), h/l (modes): nothing to draw

    def text(self):
        out = ["".join(r).rstrip() for r in self.lines]
        while out and not out[-1]:
            out.pop()
        return "\n".join(out) + "\n"

    def cursor_line(self):
        return "".join(self.lines[self.r]) if self.r < len(self.lines) else ""

    def prompt_rows(self):
        return sum(1 for r in self.lines if "".join(r).startswith(PROMPTS))


class Timeout(Exception):
    pass


class Session:
    def __init__(self, argv, env=None, cwd=None, cols=100, rows=50, timeout=10.0):
        self.timeout = timeout
        self.screen = Screen(cols, rows)
        self.raw = b""
        self.status = None
        full_env = dict(os.environ)
        full_env.update({"TERM": "xterm", "COLUMNS": str(cols), "LINES": str(rows), "LANG": "C.UTF-8",
                         "LC_ALL": "C.UTF-8", "INPUTRC": "/dev/null", "EDITRC": "/dev/null"})
        full_env.pop("PYTHONSTARTUP", None)
        full_env.update(env or {})
        pid, fd = pty.fork()
        if pid == 0:  # child
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
                if cwd:
                    os.chdir(cwd)
                os.execvpe(argv[0], argv, full_env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.decoder_buf = b""

    # -- reading
    def _read(self, wait):
        """Reads what is available within `wait` seconds; False at EOF."""
        r, _, _ = select.select([self.fd], [], [], wait)
        if not r:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        self.raw += data
        self.decoder_buf += data
        try:
            text = self.decoder_buf.decode("utf-8")
            self.decoder_buf = b""
        except UnicodeDecodeError:
            return True
        self.screen.feed(text)
        return True

    def _fail(self, what):
        raise Timeout(f"timed out waiting for {what}; screen so far:\n{self.screen.text()}")

    def settle(self, quiet=0.15, limit=None):
        """Reads until nothing arrives for `quiet` seconds."""
        deadline = time.monotonic() + (limit or self.timeout)
        while time.monotonic() < deadline:
            before = len(self.raw)
            if not self._read(quiet):
                return
            if len(self.raw) == before:
                return
        self._fail("output to settle")

    def wait_prompt(self, prompts_before):
        """Waits until a new prompt row appears and the cursor sits after it."""
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            s = self.screen
            if s.prompt_rows() > prompts_before and s.cursor_line() in PROMPTS and s.c == 4:
                # Let anything written right after the prompt arrive too.
                self.settle(quiet=0.03)
                return
            if not self._read(0.05) and self.status is None:
                self.wait_exit()
                self._fail("a prompt (the program exited)")
        self._fail("a prompt")

    def start(self):
        """Waits for the first prompt."""
        self.wait_prompt(0)
        return self

    # -- typing
    def send(self, data):
        os.write(self.fd, data.encode() if isinstance(data, str) else data)

    def line(self, text=""):
        """Types a line and Enter, then waits for the next prompt."""
        before = self.screen.prompt_rows()
        self.send(text + "\r")
        self.wait_prompt(before)

    def keys(self, data, prompt=False):
        """Types keys (no Enter); waits for a new prompt or for the output to settle."""
        before = self.screen.prompt_rows()
        self.send(data)
        if prompt:
            self.wait_prompt(before)
        else:
            self.settle()

    def start_running(self, text, marker):
        """Types a line that starts a long computation; waits until a row of the screen is `marker`."""
        self.send(text + "\r")
        deadline = time.monotonic() + self.timeout
        while marker not in self.screen.text().splitlines():
            if time.monotonic() > deadline:
                self._fail(repr(marker))
            self._read(0.05)

    def wait_exit(self):
        deadline = time.monotonic() + self.timeout
        while self.status is None:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(st)
                break
            if time.monotonic() > deadline:
                self._fail("the program to exit")
            self._read(0.05)
        while self._read(0.01):  # what is left in the pty
            if not select.select([self.fd], [], [], 0)[0]:
                break
        return self.status

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        try:
            os.close(self.fd)
        except OSError:
            pass


def strip_banner(text):
    """Drops what comes before the first prompt (the banner, not compared)."""
    i = text.find(">>> ")
    return text[i:] if i >= 0 else text
