"""Cold start as a reader sees it: launch a command in a pseudo-terminal and time its output.

    python tests/bench/first_paint.py LIBRARY.json [--runs 9]

"First paint" is the first full frame a Textual app writes (it starts with the
cursor sent home, ESC[1;1H); "list shown" is the first frame that carries the
library's article count. The baseline is an empty Textual app, launched the same
way, in the same run: both include the interpreter's start-up and the imports.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EMPTY_APP = [sys.executable, "-c", "from textual.app import App; App().run()"]
FRAME = re.compile(rb"\x1b\[1;1H")
LISTED = re.compile(rb"Library \((?:\d+ of )?\d+\)")


def reader(db: Path) -> list[str]:
    return [sys.executable, "-m", "tui.cli", "--db", str(db)]


def timed_output(argv: list[str], marks: dict[str, re.Pattern[bytes]], timeout: float = 30.0) -> dict[str, float]:
    """Milliseconds from launch until each pattern first appears in the terminal's output."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the command, on the pseudo-terminal
        os.chdir(ROOT)
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 48, 160, 0, 0))
    seen: dict[str, float] = {}
    buffer = b""
    try:
        while len(seen) < len(marks) and time.perf_counter() - start < timeout:
            if not select.select([fd], [], [], 0.05)[0]:
                continue
            try:
                buffer += os.read(fd, 1 << 16)
            except OSError:  # the child exited
                break
            for name, pattern in marks.items():
                if name not in seen and pattern.search(buffer):
                    seen[name] = (time.perf_counter() - start) * 1000
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
    missing = set(marks) - set(seen)
    if missing:
        raise RuntimeError(f"{' '.join(argv[:4])}: never showed {', '.join(sorted(missing))}")
    return seen


def first_paint(db: Path, runs: int) -> dict[str, float]:
    """Medians over `runs`, the reader and the empty app alternating so both see the same noise."""
    empty, paint, listed = [], [], []
    for _ in range(runs):
        empty.append(timed_output(EMPTY_APP, {"paint": FRAME})["paint"])
        seen = timed_output(reader(db), {"paint": FRAME, "listed": LISTED})
        paint.append(seen["paint"])
        listed.append(seen["listed"])
    return {
        "empty_paint_ms": statistics.median(empty),
        "paint_ms": statistics.median(paint),
        "listed_ms": statistics.median(listed),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    fig = first_paint(args.db, args.runs)
    print(
        f"empty Textual app {fig['empty_paint_ms']:.0f} ms; newsreader first paint {fig['paint_ms']:.0f} ms "
        f"({fig['paint_ms'] / fig['empty_paint_ms']:.2f}×), list shown {fig['listed_ms']:.0f} ms "
        f"({fig['listed_ms'] / fig['empty_paint_ms']:.2f}×)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
