"""Keys in the reader, from the key written to the terminal to the frame that answers it.

    python tests/bench/interaction.py LIBRARY.json [--runs 5]

The reader runs on a pseudo-terminal of 160×48 and is left to finish its start-up work
(indexing the filters, looking for articles to analyse) before the first key. Then:

- filter per key: `/`, then a query typed one key at a time, ~0.3 s apart; a key is timed
  when it changes the number of matches, until the frame with the new count in the
  library's title; `ctrl+u` (the box emptied: every article again) is timed the same way;
  a key that leaves the matches as they were is timed until the typed text is shown (the
  cost of a key to the interface when the list has nothing to redraw);
- show another article: `G` and `g` (the oldest, then the newest), until the article's
  long byline (source · weekday day month year) is on screen;
- mark read: `m`, until its notice ("Marked read", "Marked unread").

Figures are medians over --runs rounds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from launcher import launch_reader, newest_title
from libraries import ROOT

QUERIES = ("tariff", "oil price")
PAUSE = 0.3  # seconds between keys: the preview of the highlighted article (after 0.15 s) is not in the next figure


def key_figures(db: Path, runs: int, log=lambda line: None) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from store.articleset import ArticleSet
    from store.library import Library
    from tui.byline import byline

    library = Library(db)
    everything = ArticleSet.of(library.infos(), library.states())
    total = len(everything)
    # the article pane's byline has the long date; the list's rows have the short one
    newest, oldest = (byline(everything[n], long_date=True).encode() for n in (0, -1))
    filtering, echoing, showing, marking = [], [], [], []
    with launch_reader(db) as term:
        term.wait_for(newest_title(db))
        term.settle()
        for _ in range(runs):
            showing.append(term.key_to_frame(b"G", oldest))
            time.sleep(PAUSE)
            showing.append(term.key_to_frame(b"g", newest))
            time.sleep(PAUSE)
            log(f"  G, g: {showing[-2]:.0f}, {showing[-1]:.0f} ms")
            read = library.state(everything[0].id).read
            for notice in (b"Marked unread", b"Marked read") if read else (b"Marked read", b"Marked unread"):
                marking.append(term.key_to_frame(b"m", notice))
                log(f"  m: {marking[-1]:.0f} ms")
                time.sleep(2)  # the notice is gone before the next one
            for query in QUERIES:
                term.key_to_frame(b"/", b"words source:")  # the placeholder (its first cell is under the cursor)
                before = total
                for end in range(1, len(query) + 1):
                    count = len(everything.where(query[:end]))
                    key = query[end - 1].encode()
                    if count != before:
                        filtering.append(term.key_to_frame(key, f"Library ({count} of {total})".encode()))
                        log(f"  {query[:end]!r}: {count} articles, {filtering[-1]:.0f} ms")
                    elif query[:end].strip():  # the list stays as it was: the typed text is all that changes
                        echoing.append(term.key_to_frame(key, query[:end].rstrip().encode()))
                        log(f"  {query[:end]!r}: {count} articles still, {echoing[-1]:.0f} ms")
                    else:
                        term.press(key)
                    before = count
                    time.sleep(PAUSE)
                # back to every article: ctrl+u empties the box (Esc would add the terminal's escape delay)
                filtering.append(term.key_to_frame(b"\x15", f"Library ({total})".encode()))
                log(f"  '': {total} articles, {filtering[-1]:.0f} ms")
                time.sleep(PAUSE)
                term.press(b"\x1b")
                time.sleep(PAUSE)
    return {
        "filter_key_ms": statistics.median(filtering),
        "filter_key_max_ms": max(filtering),
        "filter_echo_ms": statistics.median(echoing),
        "show_ms": statistics.median(showing),
        "mark_key_ms": statistics.median(marking),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every key's figure")
    args = parser.parse_args()
    fig = key_figures(args.db, args.runs, print if args.verbose else lambda line: None)
    print(
        f"filter per key {fig['filter_key_ms']:.0f} ms (slowest {fig['filter_key_max_ms']:.0f}; "
        f"one that changes nothing in the list {fig['filter_echo_ms']:.0f}); "
        f"show another article {fig['show_ms']:.0f} ms; mark read {fig['mark_key_ms']:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
