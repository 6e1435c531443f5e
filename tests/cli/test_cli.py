"""The command line through main(argv), as a user types it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from store.article import Article
from store.library import Library
from store.seeds import seeds_folder
from tui.cli import main

SEED = "000_f708116572588e45.txt"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture
def seeded(db: Path, capsys) -> Path:
    files = [str(p) for p in sorted(seeds_folder().glob("*.txt"))]
    code, _, _ = run(capsys, "add", *files, "--db", str(db))
    assert code == 0
    return db


def test_add_the_seed_then_list_shows_title_source_and_date(db: Path, capsys) -> None:
    code, out, _ = run(capsys, "add", str(seeds_folder() / SEED), "--db", str(db))
    assert code == 0 and "Added 1 article" in out
    code, out, _ = run(capsys, "list", "--db", str(db))
    assert code == 0
    row = next(line for line in out.splitlines() if "Athens" in line)
    assert "2025-09-02" in row and "Xi and Putin" in row


def test_add_a_bare_file_with_flags(db: Path, tmp_path: Path, capsys) -> None:
    bare = tmp_path / "story.txt"
    bare.write_text("The council met on Monday and agreed the budget.\n")
    code, _, _ = run(
        capsys, "add", str(bare), "--db", str(db), "--title", "Budget agreed", "--source", "Town Crier",
        "--published", "2025-09-01", "--url", "https://example.org/budget",
    )
    assert code == 0
    info = Library(db).infos()[0]
    assert (info.title, info.source, str(info.published), info.url) == (
        "Budget agreed", "Town Crier", "2025-09-01", "https://example.org/budget"
    )


def test_the_analysis_bar_counts_the_articles_once(db: Path) -> None:
    import io
    import re

    from rich.console import Console

    from tui.cli.add import analyze_new

    library = Library(db)
    library.add([Article.new(f"The council met on day {n}. It agreed.", title=f"Story {n}", source="Wire")
                 for n in (1, 2)])
    terminal = io.StringIO()
    assert analyze_new(library, [library.get(i.id) for i in library.infos()], None, 1,
                       Console(file=terminal, force_terminal=True, width=100)) == 0
    drawn = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", terminal.getvalue())
    assert "Analysing" in drawn and " 2/2 articles " in drawn  # not "2/2 2 articles": the total said twice
    assert not re.search(r"\d+/2 2 articles", drawn)


def test_duplicates_are_counted(seeded: Path, capsys) -> None:
    code, out, _ = run(capsys, "add", str(seeds_folder() / SEED), "--db", str(seeded))
    assert code == 0 and "Added 0 articles" in out and "1 duplicate skipped" in out


def test_list_json_is_one_object_per_line(seeded: Path, capsys) -> None:
    code, out, _ = run(capsys, "list", "--json", "--db", str(seeded))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 5
    assert rows[0]["source"] == "Athens News Agency" and rows[0]["published"] == "2025-09-02"
    assert {"id", "title", "url", "read", "starred"} <= rows[0].keys()


def test_show_by_prefix_in_three_forms(seeded: Path, capsys) -> None:
    article_id = Library(seeded).infos()[0].id
    code, out, _ = run(capsys, "show", article_id[:6], "--db", str(seeded))
    assert code == 0 and "Athens News Agency" in out and "Chinese President Xi Jinping" in out
    code, out, _ = run(capsys, "show", article_id, "--json", "--db", str(seeded))
    record = json.loads(out)
    assert record["id"] == article_id and record["text"].startswith("Chinese President")
    code, out, _ = run(capsys, "show", article_id, "--markdown", "--db", str(seeded))
    assert out.startswith("# Xi and Putin") and "*Athens News Agency · 2025-09-02*" in out


def test_remove(seeded: Path, capsys) -> None:
    article_id = Library(seeded).infos()[0].id
    code, out, _ = run(capsys, "remove", article_id, "--db", str(seeded))
    assert code == 0 and article_id in out
    assert article_id not in Library(seeded) and len(Library(seeded)) == 4


def test_remove_several_at_once_and_none_if_one_is_unknown(seeded: Path, capsys) -> None:
    first, second, third = (info.id for info in Library(seeded).infos()[:3])
    code, _, err = run(capsys, "remove", first, "ffffffff", "--db", str(seeded))
    assert code != 0 and "no article with this id" in err
    assert len(Library(seeded)) == 5  # the known one stays too
    code, out, _ = run(capsys, "remove", first, second[:8], third, "--db", str(seeded))
    assert code == 0 and [line.split()[1] for line in out.splitlines()] == [first, second, third]
    assert len(Library(seeded)) == 2 and not {first, second, third} & set(Library(seeded).ids())


def test_export_round_trips_through_add(seeded: Path, tmp_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "export", "--db", str(seeded))
    dump = tmp_path / "dump.jsonl"
    dump.write_text(out)
    other = tmp_path / "other" / "library.json"
    code, _, _ = run(capsys, "add", str(dump), "--db", str(other))
    assert code == 0
    assert [(i.id, i.title, i.published) for i in Library(other).infos()] == [
        (i.id, i.title, i.published) for i in Library(seeded).infos()
    ]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["show", "ffffffff"], "no article with this id"),
        (["remove", "ffffffff"], "no article with this id"),
        (["add", "/no/such/file.txt"], "/no/such/file.txt: no such file or folder"),
        (["add", "/no/such/" + "long-folder-name/" * 8 + "x.txt"], "x.txt: no such file or folder"),
    ],
)
def test_errors_are_one_line_and_a_nonzero_exit(db: Path, capsys, argv: list[str], message: str) -> None:
    code, _, err = run(capsys, *argv, "--db", str(db))
    assert code != 0
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_a_corrupt_library_is_one_line_naming_it(db: Path, capsys) -> None:
    db.parent.mkdir(parents=True)
    db.write_text('{"articles": {"1": ')
    code, _, err = run(capsys, "list", "--db", str(db))
    assert code == 1
    assert err.startswith(f"newsreader: {db}: is damaged") and len(err.strip().splitlines()) == 1
    assert db.read_text() == '{"articles": {"1": '


def test_the_db_comes_from_the_environment(db: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("NEWSREADER_DB", str(db))
    code, _, _ = run(capsys, "add", str(seeds_folder() / SEED))
    assert code == 0 and len(Library(db)) == 1


def test_default_library_is_in_the_user_data_folder(monkeypatch, tmp_path: Path) -> None:
    from store.paths import resolve_db

    monkeypatch.delenv("NEWSREADER_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert resolve_db(None) == tmp_path / "data" / "newsreader" / "library.json"


def test_markup_and_escapes_never_reach_list_or_show(db: Path, tmp_path: Path, capsys) -> None:
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(json.dumps({
        "title": "[bold red]Pwned[/] \x1b]0;evil title\x07 \x1b[31mred",
        "source": "[link=https://evil.example]Agency[/link]",
        "text": "Body \x1b]52;c;SGVsbG8=\x07 with \x9b31m C1 and [blink]markup[/blink].",
    }) + "\n")
    assert run(capsys, "add", str(hostile), "--db", str(db))[0] == 0
    _, listing, _ = run(capsys, "list", "--db", str(db))
    article_id = Library(db).infos()[0].id
    _, shown, _ = run(capsys, "show", article_id, "--db", str(db))
    for out in (listing, shown):
        assert not any(ord(c) < 32 and c not in "\n" or 0x7F <= ord(c) <= 0x9F for c in out)
    assert "[bold red]Pwned[/]" in listing
    assert "[blink]markup[/blink]" in shown and "[link=https://evil.example]Agency[/link]" in shown


def test_the_installed_command_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui.cli", "--version"], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("newsreader ")


@pytest.mark.parametrize(
    "argv",
    [[], ["--db", "lib.json"], ["--db=lib.json"], ["--model", "en_core_web_sm", "--db", "a.json"],
     ["--db", "a.json", "--db", "b.json"], ["--model=x=y"]],
)
def test_the_readers_command_line_is_read_as_the_parser_reads_it(argv: list[str]) -> None:
    """`newsreader [--db] [--model]` opens the reader without building the whole parser: same options."""
    from tui.cli import build_parser, reader_options

    fast, full = reader_options(argv), build_parser().parse_args(argv)
    assert fast is not None
    assert (fast.command, fast.db, fast.model) == (full.command, full.db, full.model)


@pytest.mark.parametrize(
    "argv",
    [["list"], ["--db", "a.json", "list"], ["-h"], ["--version"], ["--db"], ["--db", "--model", "x"],
     ["--d", "a.json"], ["--db="], ["--verbose"]],
)
def test_anything_else_on_the_command_line_goes_to_the_parser(argv: list[str]) -> None:
    from tui.cli import reader_options

    assert reader_options(argv) is None


def test_the_reader_reports_a_damaged_library_on_its_fast_path_too(tmp_path: Path) -> None:
    """The fast path still runs the reader's error handling: a damaged library is one line, exit 1."""
    db = tmp_path / "library.json"
    db.write_text("{not json")
    run = subprocess.run([sys.executable, "-m", "tui.cli", "--db", str(db)], capture_output=True, text=True, timeout=60,
                         check=False)
    assert run.returncode == 1
    # with no terminal, Textual writes the screen it sets up and takes down there first, on the same line
    said = run.stderr.strip().splitlines()[-1]
    assert f"newsreader: {db}: is damaged" in said and said.endswith("move the file away to start afresh")
    assert "Traceback" not in run.stderr


def test_an_import_leaves_the_index_compacted_and_an_add_of_one_appends(capsys, tmp_path: Path) -> None:
    from synthetic import synthetic_jsonl

    from store import index

    db = tmp_path / "library.json"
    synthetic_jsonl(tmp_path / "many.jsonl", 1, 1000)
    assert run(capsys, "add", str(tmp_path / "many.jsonl"), "--db", str(db), "--no-analyze")[0] == 0
    log = tmp_path / "library.index" / "000002.log"
    assert json.loads(db.read_text())["_meta"]["1"]["generation"] == 2  # 1,000 rows: a log past TIDY_LIMIT, compacted
    assert log.stat().st_size == 0
    synthetic_jsonl(tmp_path / "one.jsonl", 2, 1)
    assert run(capsys, "add", str(tmp_path / "one.jsonl"), "--db", str(db), "--no-analyze")[0] == 0
    assert 0 < log.stat().st_size < index.TIDY_LIMIT  # one line appended, nothing rewritten
    assert len(Library(db)) == 1001
