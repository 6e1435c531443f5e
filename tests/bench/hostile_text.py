"""What the analysis costs on pages built to be hard: article text is untrusted, and one page must never hold the
reader for minutes or take the machine's memory.

    python tests/bench/hostile_text.py [--timeout 120]

Each page runs alone in a child process (`python -m tui.cli analyze`), so a page that runs away is stopped at
--timeout and the next one still runs. Printed per page: wall seconds, CPU seconds and the child's peak memory.
The pages are made up here, in the shapes that once cost minutes or gigabytes: long runs of capitalised words (an
entity rule built every slice of every name), a post holding a long run of "and"s, a page of blank lines (date
patterns that read \\s* at a line's start shared the run out every possible way), thousands of weekday names in
stamp lines (an entity rule walked their comma list again from each name), a byline of thousands of words in
capitals, and long runs of spaces where two runs of spaces meet around an optional mark in a date pattern (a gap
between two dates, after "Sept. 3", in a stamp line and a timed date line), and dated pages of thousands of clock
times (a rule walked the rest of the run from each, read every mention of the page for each, and then every
mention of its sentence for each when the sentence named its day). An ordinary news article takes about 0.1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PAGES = {
    "capitalised run, 2,000 + 2,000 words": "The firm said. " + "Big " * 2000 + "Of " * 2000 + ".",
    "a title of 4,000 capitalised words": "The firm said. the comedy " + "Big " * 2000 + "Of " * 2000 + ".",
    "a post holding 1,500 'and's": "The firm said. Minister of State for "
    + "Trade and " * 1500
    + "Industry Ann Lee said.",
    # the partners' test walked the whole article once per 'and' of a run: 7.6 CPU s for the page above at 1f9733e,
    # once a portfolio rule left the run with no name over it, and this page's analysis alone 5.5 s; 2.2 s and 0.6 s
    # with one walk a pair
    "a post holding 750 'and'-joined pairs": "The firm said. Minister of State for "
    + "Trade and Industry and " * 750
    + "Energy Ann Lee said.",
    "14,000 blank lines": " \n" * 14000 + "The mayor said on Monday that the plan would go ahead.",
    "a stamp line over 20,000 blank lines": "Published\n" + "\n" * 20000 + "The mayor said on Monday it would go.",
    # the block after a colon line was sought past the blank lines with two runs of \s (4.7 CPU s at d9e0c87, 1.9 now)
    "a colon line over 20,000 blank lines at the end": "The mayor spoke.\n\nAnn Lee said:" + "\n" * 20000,
    "9,000 weekday names in stamp lines": "Head\n"
    + ("Published " + "Monday, " * 3000 + "March 3, 2004 ") * 3
    + "\n(Filed: "
    + "1" * 3000
    + ")\n",
    "a byline of 4,000 words in capitals": "Title\nBy " + " ".join(["ABCD'-."] * 4000) + "\nPublished " + "1/" * 5000,
    # the gap between two dates read by \s* on both sides of an optional word, and a lookahead after "Sept. 3"
    # read so too (the weekday and the anchor year make the reference date be sought among the days written)
    "a day and its clock 20,000 spaces apart": "The vote came on March 12, 2031"
    + " " * 20000
    + "and ended at 9:30 a.m.",
    "'Sept. 3' before 20,000 spaces": "On Monday the town marked 10 years since the 2021 flood. "
    + "Repairs began on Sept. 3"
    + " " * 20000
    + "and ended.",
    # a stamp line's and a timed date line's runs of spaces around optional marks
    "stamp and date lines of 20,000 spaces": "Published" + " " * 20000 + "x\nMarch 3, 2011" + " " * 20000 + "x\n",
}
# pages given with a publication date, for the rules that read the reference day: a run of clock times on it
DATED = {
    "2,000 clock times in a row, dated": (
        "The bells rang at " + ", ".join(f"{1 + i % 11}:{i % 60:02d} p.m." for i in range(2000)) + " on the day.",
        "2031-03-12",
    ),
    # the day its sentence names, read again for each clock time over the whole sentence (2.5 CPU s for the
    # analysis alone at 2112060, 1.0 now)
    "a day, then 2,000 clock times in its sentence, dated": (
        "On Friday the bells rang at "
        + ", ".join(f"{1 + i % 11}:{i % 60:02d} p.m." for i in range(2000))
        + " in town.",
        "2031-03-12",
    ),
    "a live blog of 2,000 stamped lines, dated": (
        "".join(f"{1 + i % 11}:{i % 60:02d} p.m. The count went on.\n" for i in range(2000)),
        "2031-03-12",
    ),
}


# the child reports its own peak memory on its last line of stderr, as it ends (a stopped child reports none)
_CHILD = (
    "import resource, runpy, sys\n"
    "sys.argv = ['tui.cli', 'analyze', sys.argv[1]]\n"
    "try:\n"
    "    runpy.run_module('tui.cli', run_name='__main__')\n"
    "finally:\n"
    "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
)


def run(text: str, timeout: float, published: str | None = None) -> tuple[str, float, float, str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.jsonl"
        path.write_text(json.dumps({"id": "page", "published": published, "text": text}) + "\n", encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        peak = "-"
        try:
            done = subprocess.run(
                [sys.executable, "-c", _CHILD, str(path)],
                check=False,  # a failing page is a figure here, not an error
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                timeout=timeout,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
            outcome = "ok" if done.returncode == 0 else f"exit {done.returncode}"
            last = done.stderr.strip().rsplit("\n", 1)[-1]
            peak = f"{int(last) / 1024:.0f}" if last.isdigit() else "-"  # ru_maxrss is in KB on Linux
        except subprocess.TimeoutExpired:
            outcome = "STOPPED"
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return outcome, wall, cpu, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a page is stopped")
    args = parser.parse_args()
    print(f"{'page':42} {'outcome':8} {'wall s':>7} {'CPU s':>7} {'peak MB':>8}")
    pages = {name: (text, None) for name, text in PAGES.items()} | DATED
    for name, (text, published) in pages.items():
        outcome, wall, cpu, peak = run(text, args.timeout, published)
        print(f"{name:42} {outcome:8} {wall:7.1f} {cpu:7.1f} {peak:>8}")


if __name__ == "__main__":
    main()
