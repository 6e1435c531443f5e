"""A command on a pseudo-terminal of 160×48, timed as a reader sees it: keys in, frames out.

Every time is measured from a moment in this process (the launch, or a key written to
the terminal) to the first output that holds a pattern, so it includes whatever the
command does in between: handling the key, drawing and writing the frame.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import termios
import time
from pathlib import Path
from typing import Self

ROOT = Path(__file__).resolve().parents[2]
COLUMNS, LINES = 160, 48


class Terminal:
    def __init__(self, argv: list[str], env: dict[str, str] | None = None) -> None:
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # the child: becomes the command, on the pseudo-terminal
            os.chdir(ROOT)
            os.execvpe(argv[0], argv, env if env is not None else os.environ)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        self.pid, self.fd, self.argv = pid, fd, argv
        self.output = b""
        self._exited = False

    def _read(self, seconds: float) -> bool:
        """Read what the command wrote within `seconds`; False once it has exited."""
        if self._exited or not select.select([self.fd], [], [], seconds)[0]:
            return not self._exited
        try:
            self.output += os.read(self.fd, 1 << 16)
        except OSError:
            self._exited = True
        return not self._exited

    def wait_for(self, pattern: re.Pattern[bytes] | bytes, since: int = 0, timeout: float = 60.0) -> float:
        """Seconds from the launch until `pattern` appears in the output after offset `since`."""
        if isinstance(pattern, bytes):
            pattern = re.compile(re.escape(pattern))
        deadline = time.perf_counter() + timeout
        while not pattern.search(self.output, since):
            if time.perf_counter() > deadline or not self._read(0.01):
                raise RuntimeError(f"{' '.join(self.argv[:4])}: never showed {pattern.pattern!r}")
        return time.perf_counter() - self.started

    def press(self, key: bytes) -> tuple[int, float]:
        """Write a key once the command's earlier output is read; (output offset, time written)."""
        while select.select([self.fd], [], [], 0)[0] and self._read(0):
            pass
        mark = len(self.output)
        os.write(self.fd, key)
        return mark, time.perf_counter() - self.started

    def key_to_frame(self, key: bytes, pattern: re.Pattern[bytes] | bytes, timeout: float = 60.0) -> float:
        """Milliseconds from writing `key` until a frame holding `pattern` arrives."""
        mark, sent = self.press(key)
        return (self.wait_for(pattern, since=mark, timeout=timeout) - sent) * 1000

    def settle(self, quiet: float = 0.5, timeout: float = 300.0) -> float:
        """Wait until the command has used no CPU for `quiet` seconds (start-up work done); seconds waited."""
        start = time.perf_counter()
        tick = os.sysconf("SC_CLK_TCK")
        last, still_since = self._cpu(), time.perf_counter()
        while time.perf_counter() - start < timeout:
            self._read(0.1)
            now = self._cpu()
            if now - last > 1 / tick:
                last, still_since = now, time.perf_counter()
            elif time.perf_counter() - still_since >= quiet:
                break
        return time.perf_counter() - start

    def _cpu(self) -> float:
        """CPU seconds the command has used so far (its threads included)."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self) -> None:
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_) -> None:
        self.close()
