"""Key latency while the background analysis runs: j/k from press to handled.

    python tests/bench/background_keys.py [--data ../shared/data/news/articles.jsonl] [--articles 50] [--presses 80]

A library of unanalysed articles, taken evenly from the news corpus, is opened in the
reader (App.run_test, headless, real spaCy model). While the background analysis works
through it, j and k are pressed (ten down, ten up, ...) with a pause of 50-250 ms between
presses, like someone skimming titles, then (on a fresh copy) 400-900 ms, like someone
reading them. The background analysis lets keys go first: it starts no article within
0.4 s of a key, so the first pattern mostly measures keys against the article in progress
and the second keys against articles started between them. Handled is the time from the key event's
posting to the end of the reader's `show_article` for the row the key moved to (the
article's text and panels replaced), split into presses made while spaCy was loading
and while articles were being analysed.

The same is measured with the background analysis paused (`A` before it starts), as the
baseline. The target is a median and maximum within 100 ms. Figures only; no assertions.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"


def build_library(data: Path, count: int, folder: Path) -> Path:
    """`count` articles spread evenly over the corpus, imported without analysis."""
    from store.ingest import ImportOptions, read_sources
    from store.library import Library

    lines = data.read_text(encoding="utf-8").splitlines()
    step = max(1, len(lines) // count)
    chosen = [json.loads(line) for line in lines[::step][:count]]
    source = folder / "chosen.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in chosen), encoding="utf-8")
    db = folder / "lib" / "library.json"
    library = Library(db)
    library.add(a for a in read_sources([source], ImportOptions()) if not isinstance(a, Exception))
    return db


async def measure(db: Path, presses: int, paused: bool, seed: int, gaps: tuple[float, float]) -> dict[str, object]:
    from textual import events

    from store.model import load_model
    from tui.app import NewsreaderApp

    app = NewsreaderApp(db)
    handled: list[float] = []
    done = asyncio.Event()
    original = app.show_article

    def timed(article_id: str, analyse: bool = True) -> None:
        original(article_id, analyse)
        handled.append(time.perf_counter())
        done.set()

    app.show_article = timed  # type: ignore[method-assign]
    rng = random.Random(seed)
    handled_ms: list[float] = []
    states: list[str] = []
    started = time.perf_counter()
    async with app.run_test(size=(160, 48)) as pilot:
        if paused:
            await pilot.press("A")  # before the background run starts: it never does
        await pilot.pause()
        for _ in range(600):  # until the list is on screen and (unless paused) the run has begun
            title = str(app.query_one("#library-pane").border_title)
            if title.startswith("Library (") and "opening" not in title and (paused or "analysing" in title):
                break
            await pilot.pause(0.05)
        for n in range(presses):
            if not paused and not app._background_on:
                break  # the run is over: later presses would measure an idle reader
            key = "j" if (n // 10) % 2 == 0 else "k"
            state = "analysing" if load_model.cache_info().currsize else "loading the model"
            done.clear()
            before = len(handled)
            t0 = time.perf_counter()
            app._driver.send_message(events.Key(key, key))
            await pilot._wait_for_screen()
            if len(handled) == before:
                try:
                    await asyncio.wait_for(done.wait(), 5)
                except TimeoutError:
                    continue
            handled_ms.append((handled[before] - t0) * 1000)
            states.append(state)
            await asyncio.sleep(rng.uniform(*gaps))
        progress = app._progress
        result = {
            "presses": len(handled_ms),
            "handled_ms": handled_ms,
            "states": states,
            "analysed": progress.done if progress else 0,
            "seconds": time.perf_counter() - started,
        }
    return result


def summary(name: str, figures: dict[str, object], paused: bool) -> None:
    handled = figures["handled_ms"]
    if not handled:
        print(f"{name}: no presses measured")
        return

    def stats(values: list[float]) -> str:
        ordered = sorted(values)
        p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
        return f"median {statistics.median(values):6.1f} ms  p90 {p90:6.1f} ms  max {max(values):6.1f} ms"

    print(f"{name}: {figures['presses']} presses over {figures['seconds']:.1f} s"
          f" ({figures['analysed']} articles analysed meanwhile)")
    print(f"  press -> handled  {stats(handled)}")
    if not paused:
        by_state = {state: [ms for ms, s in zip(handled, figures["states"], strict=True) if s == state]
                    for state in ("loading the model", "analysing")}
        for state, values in by_state.items():
            if values:
                print(f"    {len(values):3} while {state + ':':18} {stats(values)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--presses", type=int, default=80, help="presses per run (the reading run: half)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--switch", type=float, default=None, help="sys.setswitchinterval, for experiments")
    parser.add_argument("--only-running", action="store_true")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"no corpus at {args.data}: pass --data PATH to articles.jsonl", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="background-keys-"))
    try:
        db = build_library(args.data, args.articles, work)
        copies = {}
        for name in ("paused", "skimming", "reading"):
            copies[name] = work / name / db.name
            shutil.copytree(db.parent, copies[name].parent)
        print(f"{args.articles} unanalysed articles from {args.data}")
        if args.switch:
            sys.setswitchinterval(args.switch)
        skim, read = (0.05, 0.25), (0.4, 0.9)
        if not args.only_running:
            baseline = asyncio.run(measure(copies["paused"], args.presses, True, args.seed, skim))
            summary("background analysis paused, 50-250 ms between keys", baseline, paused=True)
        running = asyncio.run(measure(copies["skimming"], args.presses, False, args.seed, skim))
        summary("background analysis running, 50-250 ms between keys (skimming)", running, paused=False)
        running = asyncio.run(measure(copies["reading"], args.presses // 2, False, args.seed, read))
        summary("background analysis running, 400-900 ms between keys (reading titles)", running, paused=False)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
