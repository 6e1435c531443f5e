"""`newsreader speakers` and `newsreader quotes`, through main(argv) as a user types them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from reader_support import (
    harbour_id,
    write_harbour,
)

from store.library import Library
from store.mentions import recorded
from tui.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_speakers_json_one_line_per_speaker_with_quotes_and_articles(analysed: Library, capsys) -> None:
    code, out, _ = run(capsys, "speakers", "--json", "--db", str(analysed.path))
    assert code == 0
    speakers = {s["name"]: s for s in json_lines(out)}
    assert speakers["Vladimir Putin"] == {"name": "Vladimir Putin", "quotes": 7, "articles": 1, "named": True, "role": "President",
                                          "affiliation": None}
    assert speakers["Xi Jinping"]["quotes"] == 5
    assert json_lines(out)[0]["name"] == "Vladimir Putin"  # most quoted first
    named = [s["named"] for s in json_lines(out)]
    assert named == sorted(named, reverse=True)  # the unnamed sources after every named speaker


def test_speakers_table_puts_unnamed_sources_under_their_own_heading(harbour: Library, capsys) -> None:
    code, out, _ = run(capsys, "speakers", "--db", str(harbour.path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Quotes", "Articles", "Speaker"]
    assert lines[1].split() == ["3", "2", "Anna", "Berg", "·", "Mayor"]
    assert lines[2] == "Unnamed sources"
    assert lines[3].split() == ["2", "2", "analysts"] and lines[4].split() == ["1", "1", "officials"]


def test_quotes_of_a_speaker_as_json(analysed: Library, capsys) -> None:
    code, out, _ = run(capsys, "quotes", "--speaker", "Vladimir Putin", "--json", "--db", str(analysed.path))
    assert code == 0
    quotes = json_lines(out)
    assert len(quotes) >= 4
    assert {q["speaker"] for q in quotes} == {"Vladimir Putin"}
    first = quotes[0]
    assert set(first) >= {"speaker", "role", "kind", "text", "article", "title", "published"}
    assert first["role"] == "President" and first["published"] == "2025-09-02" and first["title"].startswith("Xi and Putin hail")
    assert any(q["text"] == "“We were always together then and we remain together now,”" for q in quotes)
    text = analysed.get(first["article"]).text
    assert text[first["start"] : first["end"]] == first["text"]


def test_a_speaker_by_part_of_the_name_or_in_any_case(analysed: Library, capsys) -> None:
    for given in ("vladimir putin", "putin"):
        code, out, _ = run(capsys, "quotes", "--speaker", given, "--json", "--db", str(analysed.path))
        assert code == 0 and {q["speaker"] for q in json_lines(out)} == {"Vladimir Putin"}


def test_an_unknown_or_ambiguous_speaker_is_one_line(analysed: Library, capsys) -> None:
    code, out, err = run(capsys, "quotes", "--speaker", "Nobody Atall", "--db", str(analysed.path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "nobody of that name is quoted" in err and "newsreader speakers" in err
    code, _, err = run(capsys, "quotes", "--speaker", "j", "--db", str(analysed.path))  # Jair, Jennifer, Jim, Jinping
    assert code == 1 and "speakers match" in err and "give the full name" in err


def test_newest_first_and_dates_between(harbour: Library, capsys) -> None:
    db = str(harbour.path)
    _, out, _ = run(capsys, "quotes", "--json", "--db", db)
    assert [q["published"] for q in json_lines(out)] == ["2025-06-02", "2025-06-02", "2025-03-04", "2025-03-04", "2025-03-04", "2025-03-04"]
    _, out, _ = run(capsys, "quotes", "--since", "2025-05-01", "--json", "--db", db)
    assert {q["title"] for q in json_lines(out)} == {"Ferry line opens to crowds"}
    _, out, _ = run(capsys, "quotes", "--until", "2025-03-04", "--speaker", "Anna Berg", "--json", "--db", db)
    assert [q["kind"] for q in json_lines(out)] == ["direct", "indirect"]
    _, out, _ = run(capsys, "quotes", "--since", "2025-03-05", "--until", "2025-06-01", "--db", db)
    assert out == "No quotes found.\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--since", "2025-13-01"), "--since: not a date (YYYY-MM-DD): '2025-13-01'"),
        (("--until", "tomorrow"), "--until: not a date (YYYY-MM-DD): 'tomorrow'"),
        (("--since", "2025-06-01", "--until", "2025-01-01"), "--since 2025-06-01 is after --until 2025-01-01"),
        (("--article", "zzzz"), "zzzz: no article with this id"),
    ],
)
def test_bad_options_are_one_line(harbour: Library, capsys, argv, message) -> None:
    code, out, err = run(capsys, "quotes", *argv, "--db", str(harbour.path))
    assert code == 1 and out == ""
    assert err.startswith("newsreader: ") and message in err and err.count("\n") == 1


def test_quotes_of_one_article_by_a_prefix_of_its_id(harbour: Library, capsys) -> None:
    opens = harbour_id(harbour, "Ferry line opens")
    code, out, _ = run(capsys, "quotes", "--article", opens[:6], "--json", "--db", str(harbour.path))
    assert code == 0
    assert [(q["speaker"], q["article"]) for q in json_lines(out)] == [("Anna Berg", opens), ("analysts", opens)]


def test_quotes_as_csv(harbour: Library, capsys) -> None:
    code, out, _ = run(capsys, "quotes", "--csv", "--db", str(harbour.path))
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["speaker", "role", "affiliation", "kind", "text", "article", "title", "published"]
    assert rows[1] == ["Anna Berg", "Mayor", "", "direct", '"We are proud of what the crew has built,"',
                       harbour_id(harbour, "Ferry line opens"), "Ferry line opens to crowds", "2025-06-02"]
    assert len(rows) == 7


def test_quotes_as_text_print_article_words_literally(tmp_path: Path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text('Title: [bold]Loud[/bold] vote\nPublished: 2025-01-02\n\n'
                     '"Vote [red]now[/red], and vote early," said Mayor Anna Berg on Monday.\n')
    db = str(tmp_path / "lib" / "library.json")
    assert run(capsys, "add", str(story), "--db", db)[0] == 0
    code, out, _ = run(capsys, "quotes", "--db", db)
    assert code == 0
    assert '"Vote [red]now[/red], and vote early,"' in out and "[bold]Loud[/bold] vote · 2025-01-02" in out
    assert "\x1b" not in out


def test_articles_without_an_analysis_are_analysed_first_unless_asked_not_to(tmp_path: Path, capsys) -> None:
    db = tmp_path / "lib" / "library.json"
    files = [str(p) for p in write_harbour(tmp_path / "files")]
    assert run(capsys, "add", *files, "--db", str(db), "--no-analyze")[0] == 0
    code, out, err = run(capsys, "speakers", "--json", "--no-analyze", "--db", str(db))
    assert code == 0 and out == ""
    assert "2 articles not analysed left out (run without --no-analyze to analyse them)" in err
    code, out, err = run(capsys, "speakers", "--json", "--db", str(db))
    assert code == 0 and err == ""
    assert {s["name"]: s["quotes"] for s in json_lines(out)} == {"Anna Berg": 3, "analysts": 2, "officials": 1}
    library = Library(db)
    assert recorded(library.paths, [i.id for i in library.infos()]) == {i.id for i in library.infos()}


def test_a_library_analysed_before_the_records_gets_them_without_analysing_again(harbour: Library, capsys) -> None:
    import shutil

    shutil.rmtree(harbour.paths.views)
    code, out, err = run(capsys, "quotes", "--speaker", "Anna Berg", "--json", "--db", str(harbour.path))
    assert code == 0 and err == "" and len(json_lines(out)) == 3


# A quote whose speaker the analysis leaves as a pronoun ("I said", "we said in a statement")
PRONOUN_STORIES = {
    "column.txt": "Title: The fares\nPublished: 2025-01-02\n\n"
                  'Prices rose again on Monday. "It cannot go on," I told the council.\n',
    "statement.txt": "Title: No rise\nPublished: 2025-01-03\n\n"
                     'The harbour council met on Monday. "We will not raise the fares," we said in a statement. '
                     '"The crew did well," said Mayor Anna Berg.\n',
    "they.txt": "Title: The council\nPublished: 2025-01-04\n\nThe council met. They said the fares would rise in June.\n",
}


@pytest.fixture
def pronouns(tmp_path: Path, capsys) -> Path:
    db = tmp_path / "lib" / "library.json"
    for name, text in PRONOUN_STORIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert run(capsys, "add", *(str(tmp_path / n) for n in PRONOUN_STORIES), "--db", str(db))[0] == 0
    return db


def test_a_pronoun_the_analysis_left_unresolved_is_no_source_and_its_quote_is_unattributed(pronouns: Path, capsys) -> None:
    from store.analyses import stored_analysis

    library = Library(pronouns)
    # the analysis leaves a pronoun it could not resolve out too (a pronoun is no name); the views agree
    raw = {q.speaker for i in library.ids() for q in stored_analysis(library, library.get(i)).quotes}
    assert None in raw and not {"I", "we", "They"} & raw
    code, out, _ = run(capsys, "speakers", "--json", "--db", str(pronouns))
    assert code == 0 and [s["name"] for s in json_lines(out)] == ["Anna Berg"]
    code, out, _ = run(capsys, "quotes", "--json", "--db", str(pronouns))
    said = {q["text"]: (q["speaker"], q["role"], q["named"]) for q in json_lines(out)}
    assert said['"It cannot go on,"'] == (None, None, False)
    assert said['"We will not raise the fares,"'] == (None, None, False)
    assert said['"The crew did well,"'] == ("Anna Berg", "Mayor", True)
    code, out, _ = run(capsys, "quotes", "--db", str(pronouns))
    assert out.count("(unattributed)") == 3 and "\nI " not in out and "\nwe " not in out


def test_records_written_before_pronouns_were_left_out_are_made_again(pronouns: Path, capsys) -> None:
    """Records of this analyzer's version in their earlier form listed "I" and "we" as unnamed sources."""
    from store.analysis.version import ANALYZER_VERSION

    for shard in (pronouns.parent / "library.views").glob("*/*.json"):
        data = json.loads(shard.read_text())
        for doc in data["records"].values():
            doc["v"] = ANALYZER_VERSION
            if "sa" in doc:
                doc["sa"], doc["sc"] = "\n".join(filter(None, [doc["sa"], "I"])), "\n".join(filter(None, [doc["sc"], "1"]))
        shard.write_text(json.dumps(data))

    code, out, err = run(capsys, "speakers", "--json", "--db", str(pronouns))

    assert (code, err) == (0, "")
    assert [s["name"] for s in json_lines(out)] == ["Anna Berg"]
    library = Library(pronouns)
    assert recorded(library.paths, library.ids()) == set(library.ids())
