"""`newsreader analyze`: the analysis as JSON, for scripts and evaluations (DESIGN.md's contract)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from store.errors import ImportProblem, NewsreaderError


def _batch_lines(stream: BinaryIO, where: str) -> Iterator[tuple[int, dict[str, Any] | ImportProblem]]:
    from store.ingest.fields import parse_published

    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        label = f"{where}:{number}"
        try:
            record = orjson.loads(raw)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ImportProblem(label, "needs a JSON object with a text field")
            record["published"] = parse_published(record.get("published"), label)
        except orjson.JSONDecodeError as err:
            yield number, ImportProblem(label, f"is not valid JSON ({err})")
            continue
        except ImportProblem as problem:
            yield number, problem
            continue
        yield number, record


def run_batch(nlp, stream: BinaryIO, where: str, out: BinaryIO, jobs: int) -> int:
    """One output line per input line, in order; a bad line gets {"id", "error"} and a stderr line."""
    from store.analysis import analyze_many
    from store.analysis.record import contract

    lines = list(_batch_lines(stream, where))
    good = [r for _, r in lines if not isinstance(r, ImportProblem)]
    results = iter(analyze_many(nlp, ((r["text"], r["published"]) for r in good), n_process=jobs))
    problems = 0
    for _, record in lines:
        if isinstance(record, ImportProblem):
            problems += 1
            print(f"newsreader: {record}", file=sys.stderr)
            out.write(orjson.dumps({"id": None, "error": str(record)}) + b"\n")
            continue
        out.write(orjson.dumps({"id": record.get("id"), **contract(next(results))}) + b"\n")
    out.flush()
    return 1 if problems else 0


def run_file(nlp, path: Path, published: date | None, out: BinaryIO) -> int:
    """A text, Markdown or HTML file: the article body `add` would store, analysed, with that text."""
    from store.analysis import analyze
    from store.analysis.record import contract
    from store.ingest import ImportOptions, read_sources
    from store.ingest.fields import Overrides

    items = list(read_sources([path], ImportOptions(overrides=Overrides(published=published))))
    if len(items) != 1:
        raise NewsreaderError(f"{path}: holds {len(items)} articles; analyse a JSONL batch instead")
    (article,) = items
    if isinstance(article, ImportProblem):
        raise article
    result = contract(analyze(nlp, article.text, article.published))
    out.write(orjson.dumps({"id": article.id, **result, "text": article.text}) + b"\n")
    return 0


def cmd_analyze(source: str, published_flag: str, model: str | None, jobs: int) -> int:
    from store.analysis import build_pipeline
    from store.ingest.fields import parse_published

    published = parse_published(published_flag, "--published") if published_flag else None
    out = sys.stdout.buffer
    if source == "-":
        data = sys.stdin.buffer.read()
        nlp = build_pipeline(model)
        if data.lstrip().startswith(b"{"):
            import io

            return run_batch(nlp, io.BytesIO(data), "<stdin>", out, jobs)
        from store.analysis import analyze
        from store.analysis.record import contract

        text = data.decode("utf-8", errors="replace")
        out.write(orjson.dumps({"id": None, **contract(analyze(nlp, text, published))}) + b"\n")
        return 0
    path = Path(source)
    if not path.is_file():
        raise NewsreaderError(f"{source}: no such file")
    nlp = build_pipeline(model)
    if path.suffix.lower() == ".jsonl":
        with path.open("rb") as stream:
            return run_batch(nlp, stream, str(path), out, jobs)
    return run_file(nlp, path, published, out)
