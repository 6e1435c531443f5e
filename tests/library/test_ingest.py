"""Importing articles: every file format, every kind of bad input, dedup, cleaning, and `newsreader add`.

Every test writes real files into pytest's tmp_path and imports them with the
project's own code (no mocks). No network: the only URL touched is a closed
port on the loopback interface.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from store.article import Article
from store.errors import ImportProblem
from store.ingest import ImportOptions, expand, read_sources
from store.ingest.fields import parse_published
from store.ingest.web import fetch
from store.library import Library
from tui.cli import main

PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour strike ends after two days | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta name="date" content="2025-09-02">
<style>body { font-family: serif; } .promo-banner { color: red; }</style>
<script>var trackingId = "TRACKER-42"; console.log(trackingId);</script>
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Harbour strike ends after two days</h1>
<p>Dock workers in Piraeus returned to work on Tuesday morning after a two-day strike over pay and safety rules that had halted ferry traffic across the Aegean.</p>
<p>The union said it had reached an agreement with the port authority late on Monday night, including a new schedule of inspections for the container cranes.</p>
<p>Passengers who had been stranded on several islands were expected to reach the mainland by the evening, the coast guard said in a statement.</p>
<script>document.write("INLINE-AD-SLOT");</script>
</article>
<footer><p>Copyright 2025 Harbour Gazette. All rights reserved.</p></footer>
</body>
</html>
"""

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Harbour Gazette</title>
<link>https://gazette.example.org/</link>
<description>News from the harbour</description>
<item>
<title>Ferries sail again</title>
<link>https://gazette.example.org/ferries</link>
<pubDate>Tue, 02 Sep 2025 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Ferries left Piraeus at dawn after the strike ended.&lt;/p&gt;&lt;p&gt;The first boat reached Naxos by noon.&lt;/p&gt;</description>
</item>
<item>
<title>Cranes inspected</title>
<link>https://gazette.example.org/cranes</link>
<pubDate>Wed, 03 Sep 2025 10:30:00 GMT</pubDate>
<description>Inspectors checked every container crane on the quay.</description>
</item>
<item>
<title>Full text in content:encoded</title>
<link>https://gazette.example.org/full</link>
<pubDate>Thu, 04 Sep 2025 09:00:00 GMT</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>Full text paragraph one about the port.</p><p>Full text paragraph two about the ferries.</p>]]></content:encoded>
</item>
</channel>
</rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Island Courier</title>
<link href="https://courier.example.org/"/>
<updated>2025-09-04T12:00:00Z</updated>
<id>urn:example:courier</id>
<entry>
<title>Stranded travellers reach the mainland</title>
<link rel="alternate" href="https://courier.example.org/travellers"/>
<id>urn:example:courier:1</id>
<published>2025-09-03T18:00:00Z</published>
<updated>2025-09-04T09:00:00Z</updated>
<content type="html">&lt;p&gt;Hundreds of travellers reached Piraeus on Wednesday evening.&lt;/p&gt;&lt;p&gt;Most had waited two days on Naxos and Paros.&lt;/p&gt;</content>
</entry>
<entry>
<title>An update without a published date</title>
<link href="https://courier.example.org/update"/>
<id>urn:example:courier:2</id>
<updated>2025-09-04T09:00:00Z</updated>
<summary>The port authority published the new crane inspection schedule.</summary>
</entry>
</feed>
"""

EMPTY_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Nothing yet</title><link>https://example.org/</link></channel></rss>
"""


# -- helpers -----------------------------------------------------------------


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def import_items(*sources: Path | str, **options: object) -> list[Article | ImportProblem]:
    return list(read_sources(expand([str(s) for s in sources]), ImportOptions(**options)))


def articles(items: list) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def problems(items: list) -> list[ImportProblem]:
    return [i for i in items if isinstance(i, ImportProblem)]


def only_article(items: list) -> Article:
    assert problems(items) == [], problems(items)
    assert len(items) == 1, items
    return items[0]


def finishes(work, seconds: float = 30):
    """The result of work(), failing the test if it runs for longer than `seconds`."""
    result = []
    thread = threading.Thread(target=lambda: result.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    return result[0]


@pytest.fixture
def good_pair(tmp_path: Path) -> tuple[Path, Path]:
    """Two small, valid files to surround a bad one in a batch."""
    return (
        write(tmp_path / "good" / "first.txt", "Title: First good story\n\nThe first good story has text.\n"),
        write(tmp_path / "good" / "second.md", "# Second good story\n\nThe second good story has text too.\n"),
    )


# -- each format ---------------------------------------------------------------


def test_txt_without_header_takes_first_sentence_as_title_and_last_credit_line_as_source(tmp_path):
    path = write(
        tmp_path / "strike.txt",
        "Greek ports reopened on Monday after a two-day strike. Ferries sailed at dawn.\n\n"
        "Unions said the dispute over pay had been settled.\n\n"
        "Athens News Agency\n",
    )

    article = only_article(import_items(path))

    assert article.title == "Greek ports reopened on Monday after a two-day strike."
    assert article.source == "Athens News Agency"
    assert article.text == (
        "Greek ports reopened on Monday after a two-day strike. Ferries sailed at dawn.\n\n"
        "Unions said the dispute over pay had been settled."
    )
    assert article.published is None
    assert article.url == ""


def test_txt_short_first_line_is_the_title_and_source_prefixed_credit_is_the_source(tmp_path):
    path = write(
        tmp_path / "ports.txt",
        "Ports reopen after strike\n\nGreek ports reopened on Monday after a two-day strike.\n\nSource: Reuters\n",
    )

    article = only_article(import_items(path))

    assert article.title == "Ports reopen after strike"
    assert article.source == "Reuters"
    assert article.text == "Greek ports reopened on Monday after a two-day strike."


def test_txt_header_lines_give_title_source_published_and_url(tmp_path):
    path = write(
        tmp_path / "header.txt",
        "Title: Ports reopen after strike\n"
        "Source: Athens News Agency\n"
        "Published: 2025-09-02\n"
        "URL: https://example.org/ports\n"
        "Author: A. Writer\n"
        "\n"
        "Greek ports reopened on Monday after a two-day strike.\n\n"
        "Athens News Agency\n",
    )

    article = only_article(import_items(path))

    assert article.title == "Ports reopen after strike"
    assert article.source == "Athens News Agency"
    assert article.published == date(2025, 9, 2)
    assert article.url == "https://example.org/ports"
    # header lines (even Author, which is not stored) and the repeated credit line are not text
    assert article.text == "Greek ports reopened on Monday after a two-day strike."


def test_md_front_matter_gives_metadata_and_markdown_syntax_is_removed(tmp_path):
    path = write(
        tmp_path / "strike.md",
        "---\n"
        "title: Harbour strike ends\n"
        "source: Harbour Gazette\n"
        "published: 2025-09-02\n"
        "url: https://example.org/strike\n"
        "author: A. Writer\n"
        "---\n"
        "\n"
        "Dock workers returned on **Tuesday** after talks with the [port authority](https://example.org/pa).\n"
        "\n"
        "Ferries sailed *again* by noon.\n",
    )

    article = only_article(import_items(path))

    assert article.title == "Harbour strike ends"
    assert article.source == "Harbour Gazette"
    assert article.published == date(2025, 9, 2)
    assert article.url == "https://example.org/strike"
    assert article.text == (
        "Dock workers returned on Tuesday after talks with the port authority.\n\nFerries sailed again by noon."
    )


def test_md_heading_is_the_title_and_markdown_syntax_is_removed(tmp_path):
    path = write(
        tmp_path / "heading.md",
        "# Harbour strike ends\n"
        "\n"
        "Dock workers returned on **Tuesday** after talks with the [port authority](https://example.org/pa).\n"
        "\n"
        "- ferries sailed\n"
        "- cranes inspected\n",
    )

    article = only_article(import_items(path))

    assert article.title == "Harbour strike ends"
    assert article.source == ""
    assert article.text == (
        "Dock workers returned on Tuesday after talks with the port authority.\n\n• ferries sailed\n\n• cranes inspected"
    )


def test_html_page_gives_main_text_and_metadata_without_scripts_styles_or_menus(tmp_path):
    path = write(tmp_path / "page.html", HTML_PAGE)

    article = only_article(import_items(path))

    assert article.title == "Harbour strike ends after two days"
    assert article.source == "Harbour Gazette"
    assert article.published == date(2025, 9, 2)
    paragraphs = article.text.split("\n")
    assert paragraphs[1:] == [
        ("Dock workers in Piraeus returned to work on Tuesday morning after a two-day strike over pay and safety "
         "rules that had halted ferry traffic across the Aegean."),
        ("The union said it had reached an agreement with the port authority late on Monday night, including a new "
         "schedule of inspections for the container cranes."),
        ("Passengers who had been stranded on several islands were expected to reach the mainland by the evening, "
         "the coast guard said in a statement."),
    ]
    for leftover in ("TRACKER-42", "trackingId", "INLINE-AD-SLOT", "font-family", "promo-banner", "Sport"):
        assert leftover not in article.text


def test_json_list_of_records_gives_one_article_each(tmp_path):
    path = write(
        tmp_path / "dump.json",
        json.dumps([
            {"title": "One", "text": "First record text.", "source": "Wire", "published": "2025-09-01",
             "url": "https://example.org/1"},
            {"text": "Second record text. It has no title."},
        ]),
    )

    first, second = import_items(path)

    assert (first.title, first.source, first.published, first.url, first.text) == (
        "One", "Wire", date(2025, 9, 1), "https://example.org/1", "First record text."
    )
    assert (second.title, second.source, second.published, second.url, second.text) == (
        "Second record text.", "", None, "", "Second record text. It has no title."
    )


def test_json_single_record_with_rfc2822_date(tmp_path):
    path = write(
        tmp_path / "one.json",
        json.dumps({"title": "Solo", "text": "Only record text.", "published": "Tue, 02 Sep 2025 08:00:00 GMT"}),
    )

    article = only_article(import_items(path))

    assert (article.title, article.published, article.text) == ("Solo", date(2025, 9, 2), "Only record text.")


def test_jsonl_gives_one_article_per_line(tmp_path):
    path = write(
        tmp_path / "lines.jsonl",
        jsonl(
            {"title": "Line one", "text": "Line one text.", "source": "Wire"},
            {"title": "Line two", "text": "Line two text.", "published": "2 September 2025"},
            {"title": "Line three", "text": "Line three text.", "url": "https://example.org/3"},
        ),
    )

    items = import_items(path)

    assert problems(items) == []
    assert [(a.title, a.source, a.published, a.url, a.text) for a in items] == [
        ("Line one", "Wire", None, "", "Line one text."),
        ("Line two", "", date(2025, 9, 2), "", "Line two text."),
        ("Line three", "", None, "https://example.org/3", "Line three text."),
    ]


def test_rss_feed_entries_become_articles_with_the_feed_title_as_source(tmp_path):
    path = write(tmp_path / "gazette.rss", RSS_FEED)

    items = import_items(path)

    assert problems(items) == []
    assert [(a.title, a.url, a.published, a.source, a.text) for a in items] == [
        ("Ferries sail again", "https://gazette.example.org/ferries", date(2025, 9, 2), "Harbour Gazette",
         "Ferries left Piraeus at dawn after the strike ended.\nThe first boat reached Naxos by noon."),
        ("Cranes inspected", "https://gazette.example.org/cranes", date(2025, 9, 3), "Harbour Gazette",
         "Inspectors checked every container crane on the quay."),
        ("Full text in content:encoded", "https://gazette.example.org/full", date(2025, 9, 4), "Harbour Gazette",
         "Full text paragraph one about the port.\nFull text paragraph two about the ferries."),
    ]


def test_feed_is_recognised_by_its_content_whatever_the_extension(tmp_path):
    path = write(tmp_path / "saved-feed.txt", RSS_FEED)

    items = import_items(path)

    assert [a.title for a in articles(items)] == ["Ferries sail again", "Cranes inspected", "Full text in content:encoded"]


def test_atom_feed_entries_become_articles_with_the_feed_title_as_source(tmp_path):
    path = write(tmp_path / "courier.atom", ATOM_FEED)

    items = import_items(path)

    assert problems(items) == []
    assert [(a.title, a.url, a.published, a.source, a.text) for a in items] == [
        ("Stranded travellers reach the mainland", "https://courier.example.org/travellers", date(2025, 9, 3),
         "Island Courier", "Hundreds of travellers reached Piraeus on Wednesday evening.\nMost had waited two days on Naxos and Paros."),
        ("An update without a published date", "https://courier.example.org/update", date(2025, 9, 4),
         "Island Courier", "The port authority published the new crane inspection schedule."),
    ]


def test_folder_is_imported_recursively_skipping_unknown_extensions_and_hidden_files(tmp_path):
    news = tmp_path / "news"
    top = write(news / "top.txt", "Top story text.\n")
    nested = write(news / "world" / "europe.md", "# Europe story\n\nEurope story text.\n")
    deep = write(news / "world" / "archive" / "old.jsonl", jsonl({"title": "Archived", "text": "Archived text."}))
    write(news / "notes.docx", "not an article")
    write(news / "photo.png", PNG_BYTES)
    write(news / "README", "a file with no extension is not imported from a folder\n")
    write(news / ".draft.txt", "Hidden draft.\n")
    write(news / ".cache" / "cached.txt", "Cached copy.\n")

    assert list(expand([str(news)])) == [top, nested, deep]  # a folder's files, then its subfolders, sorted
    items = import_items(news)

    assert problems(items) == []
    assert sorted((a.title, a.text) for a in items) == [
        ("Archived", "Archived text."),
        ("Europe story", "Europe story text."),
        ("Top story text.", "Top story text."),
    ]


# -- bad input: one problem naming the file, the rest of the batch imports ----

BAD_FILES = {
    # id: (file name, content, import options, what the problem says)
    "png-renamed-txt": ("image.txt", PNG_BYTES, {}, "is a binary file (a PNG image), not text"),
    "empty": ("empty.txt", b"", {}, "is empty: no text to import"),
    "whitespace-only": ("blank.txt", " \n\n\t  \r\n", {}, "is empty: no text to import"),
    "invalid-utf8": ("latin.txt", "Caf\xe9 owners protested.\n".encode("cp1252"), {},
                     "is not valid UTF-8 (byte 0xe9 at offset 3); if it is Latin-1 or Windows text, add --encoding cp1252"),
    "bigger-than-byte-limit": ("huge.txt", "word " * 1000, {"max_chars": 200}, "is too large: "),
    "more-characters-than-limit": ("long.txt", "x" * 500, {"max_chars": 200},
                                   "is too large: 500 characters of text (the limit is 200; raise it with --max-size)"),
    "unparseable-published": ("dated.txt", "Title: Dated\nPublished: someday soon\n\nBody text.\n", {},
                              "cannot read the publication date 'someday soon' (use YYYY-MM-DD)"),
    "feed-without-entries": ("empty.rss", EMPTY_FEED, {}, "is not a feed with entries"),
    "invalid-json": ("broken.json", '{"text": "unterminated', {}, "is not valid JSON"),
    "bad-front-matter": ("front.md", "---\ntitle: [unclosed\n---\n\nBody.\n", {}, "has front matter that is not valid YAML"),
    "html-without-text": ("blank.html", "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>", {},
                          "no article text found in this HTML"),
}


@pytest.mark.parametrize("name, content, options, message", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_bad_file_gives_one_problem_naming_it_and_the_batch_goes_on(tmp_path, good_pair, name, content, options, message):
    first, second = good_pair
    bad = write(tmp_path / "bad" / name, content)

    items = import_items(first, bad, second, **options)

    assert [a.title for a in articles(items)] == ["First good story", "Second good story"]
    [problem] = problems(items)
    assert problem.where == str(bad)
    assert str(problem).startswith(f"{bad}: ")
    assert message in str(problem)


def test_missing_path_gives_one_problem_naming_it_and_the_batch_goes_on(tmp_path, good_pair):
    missing = tmp_path / "no-such-article.txt"

    items = import_items(good_pair[0], missing, good_pair[1])

    assert [a.title for a in articles(items)] == ["First good story", "Second good story"]
    assert [str(p) for p in problems(items)] == [f"{missing}: no such file or folder"]


def test_invalid_utf8_file_imports_with_the_encoding_option(tmp_path):
    path = write(tmp_path / "latin.txt", "Caf\xe9 owners in Ath\xe8nes protested on Monday.\n".encode("cp1252"))

    article = only_article(import_items(path, encoding="cp1252"))

    assert article.text == "Café owners in Athènes protested on Monday."


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_text_with_a_byte_order_mark_imports(tmp_path, codec):
    content = "Title: Αθήνα news\n\nCafé owners in Αθήνα protested on Monday.\n"
    raw = content.encode(codec)
    if codec == "utf-16-be":
        raw = b"\xfe\xff" + raw
    path = write(tmp_path / "bom.txt", raw)

    article = only_article(import_items(path))

    assert article.title == "Αθήνα news"
    assert article.text == "Café owners in Αθήνα protested on Monday."


def test_jsonl_bad_lines_are_reported_by_line_number_and_good_lines_import(tmp_path, good_pair):
    path = write(
        tmp_path / "mixed.jsonl",
        json.dumps({"title": "Good one", "text": "Good one text."}) + "\n"
        "{not json\n"
        + json.dumps({"title": "No text here"}) + "\n"
        + json.dumps(["not", "an", "object"]) + "\n"
        "\n"
        + json.dumps({"title": "Good two", "text": "Good two text."}) + "\n"
        + json.dumps({"title": "Number text", "text": 42}) + "\n",
    )

    items = import_items(good_pair[0], path, good_pair[1])

    assert [a.title for a in articles(items)] == ["First good story", "Good one", "Good two", "Second good story"]
    found = problems(items)
    assert [p.where for p in found] == [f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:7"]
    assert str(found[0]).startswith(f"{path}:2: is not valid JSON (")
    assert str(found[1]) == f"{path}:3: has no text field"
    assert str(found[2]) == f"{path}:4: is not a JSON object with a text field"
    assert str(found[3]) == f"{path}:7: its text is not a string"


def test_jsonl_line_longer_than_the_limit_is_reported_and_the_others_import(tmp_path):
    path = write(
        tmp_path / "long-line.jsonl",
        jsonl({"title": "Short", "text": "Short text."}, {"title": "Long", "text": "x" * 1000}),
    )

    items = import_items(path, max_chars=100)

    assert [a.title for a in articles(items)] == ["Short"]
    [problem] = problems(items)
    assert problem.where == f"{path}:2"
    assert "is too large" in problem.problem


def test_folder_with_a_symlink_loop_terminates_and_imports_the_real_files(tmp_path):
    news = tmp_path / "news"
    write(news / "top.txt", "Top story text.\n")
    write(news / "sub" / "inner.txt", "Inner story text.\n")
    (news / "sub" / "back-to-top").symlink_to("..", target_is_directory=True)
    (news / "sub" / "itself").symlink_to(".", target_is_directory=True)

    items = finishes(lambda: import_items(news))

    assert problems(items) == []
    assert sorted(a.text for a in items) == ["Inner story text.", "Top story text."]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file_gives_one_problem_and_the_batch_goes_on(tmp_path, good_pair):
    locked = write(tmp_path / "locked.txt", "Secret story text.\n")
    locked.chmod(0)
    try:
        items = import_items(good_pair[0], locked, good_pair[1])
    finally:
        locked.chmod(0o644)

    assert [a.title for a in articles(items)] == ["First good story", "Second good story"]
    assert [str(p) for p in problems(items)] == [f"{locked}: cannot be read: permission denied"]


def test_fetch_from_a_closed_port_is_one_problem_and_quick():
    url = "http://127.0.0.1:9/x"
    start = time.monotonic()

    with pytest.raises(ImportProblem) as caught:
        fetch(url, timeout=2, max_bytes=1000)

    assert time.monotonic() - start < 2
    assert caught.value.where == url
    assert str(caught.value).startswith(f"{url}: cannot fetch it (")


# -- deduplication -------------------------------------------------------------

BODY = (
    "Dock workers returned on Tuesday. Ferries sailed by noon.\n\n"
    "The union said the agreement covers pay and crane inspections for the next two years.\n"
)
BODY_REWRAPPED = (
    "Dock workers returned on Tuesday.  Ferries sailed by noon.\n\n\n"
    "The union said the agreement covers pay\nand crane inspections   for the next two years.\n"
)


def test_same_text_with_different_titles_is_one_article(tmp_path):
    first = write(tmp_path / "a.txt", "Title: Dockers go back to work\nSource: Wire\n\n" + BODY)
    second = write(tmp_path / "b.txt", "Title: Strike over\nSource: Other wire\n\n" + BODY)
    library = Library(tmp_path / "library.json")

    result = library.add(import_items(first, second))

    assert result.duplicates == 1
    assert [(i.title, i.source) for i in result.added] == [("Dockers go back to work", "Wire")]
    assert [(i.title, i.source) for i in library.infos()] == [("Dockers go back to work", "Wire")]


def test_rewrapped_text_is_the_same_article(tmp_path):
    first = write(tmp_path / "a.txt", BODY)
    second = write(tmp_path / "b.txt", BODY_REWRAPPED)
    items = import_items(first, second)
    library = Library(tmp_path / "library.json")

    result = library.add(items)

    assert items[0].id == items[1].id
    assert (len(result.added), result.duplicates) == (1, 1)
    assert library.get(items[0].id).text == BODY.strip()


def test_importing_the_same_files_again_adds_nothing_and_counts_duplicates(tmp_path, good_pair):
    library = Library(tmp_path / "library.json")
    assert len(library.add(import_items(*good_pair)).added) == 2

    again = Library(tmp_path / "library.json").add(import_items(*good_pair))

    assert (again.added, again.duplicates) == ([], 2)
    assert sorted(i.title for i in Library(tmp_path / "library.json").infos()) == ["First good story", "Second good story"]


# -- escape sequences and control characters ---------------------------------


def test_escape_sequences_and_control_characters_are_removed_but_rich_markup_is_kept(tmp_path):
    text = (
        "Red \x1b[31mALERT\x1b[0m ends. "
        "Clipboard \x1b]52;c;SGVsbG8=\x07 gone. "
        "Eight-bit \x9b31mCSI\x9b0m too. "
        "Nul\x00 byte\x7f and C1\x85. "
        "Rich [bold red]x[/] stays."
    )
    path = write(
        tmp_path / "hostile.jsonl",
        jsonl({"title": "Title \x1b]0;pwned\x07with \x1b[1mescapes", "source": "Wire\x00\x9b2J", "text": text}),
    )
    library = Library(tmp_path / "library.json")

    [added] = library.add(import_items(path)).added
    stored = library.get(added.id)

    # U+0085 is Windows-1252's ellipsis read as Latin-1: repaired once the escapes around it are gone (store/text.py)
    assert stored.text == "Red ALERT ends. Clipboard  gone. Eight-bit CSI too. Nul byte and C1…. Rich [bold red]x[/] stays."
    assert stored.title == "Title with escapes"
    assert stored.source == "Wire"
    for value in (stored.text, stored.title, stored.source):
        assert TERMINAL_CONTROLS.search(value) is None
        assert "[31m" not in value and "52;c;" not in value


# -- the `newsreader add` command --------------------------------------------


@pytest.fixture
def add(capsys, monkeypatch):
    """Run `newsreader add ARGS...`; returns (exit code, stdout, stderr)."""
    monkeypatch.delenv("NEWSREADER_DEBUG", raising=False)
    monkeypatch.delenv("NEWSREADER_DB", raising=False)

    def run(*args: object) -> tuple[int, str, str]:
        code = main(["add", *map(str, args)])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return run


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


def test_cli_add_with_overrides_stores_exactly_those_fields(tmp_path, add):
    story = write(
        tmp_path / "story.txt",
        "Title: Title in the file\nSource: Source in the file\nPublished: 2020-01-01\nURL: https://file.example/\n\n"
        "Chinese President Xi Jinping met Russian President Vladimir Putin on Tuesday.\n",
    )
    db = tmp_path / "library.json"

    code, out, err = add(story, "--db", db, "--title", "T", "--source", "S", "--published", "2025-09-02",
                         "--url", "https://e.org/x")

    assert (code, out, err) == (0, f"Added 1 article to {db}.\n", "")
    [info] = Library(db).infos()
    article = Library(db).get(info.id)
    assert (article.title, article.source, article.published, article.url) == ("T", "S", date(2025, 9, 2), "https://e.org/x")
    assert article.text == "Chinese President Xi Jinping met Russian President Vladimir Putin on Tuesday."


def test_cli_overrides_with_two_files_are_refused_and_nothing_is_added(tmp_path, add, good_pair):
    db = tmp_path / "library.json"

    code, out, err = add(*good_pair, "--db", db, "--title", "T")

    assert code == 1
    assert out == ""
    assert err == "newsreader: --title, --source, --published and --url apply to a single file, not to several\n"
    assert len(Library(db)) == 0


def test_cli_batch_with_one_bad_file_exits_1_names_it_and_saves_the_others(tmp_path, add, good_pair):
    bad = write(tmp_path / "image.txt", PNG_BYTES)
    db = tmp_path / "library.json"

    code, out, err = add(good_pair[0], bad, good_pair[1], "--db", db)

    assert code == 1
    assert error_lines(err) == [f"newsreader: {bad}: is a binary file (a PNG image), not text"]
    assert out == f"Added 2 articles to {db} (1 could not be imported).\n"
    assert sorted(i.title for i in Library(db).infos()) == ["First good story", "Second good story"]


def test_cli_reports_duplicates_in_its_summary(tmp_path, add, good_pair):
    db = tmp_path / "library.json"
    assert add(*good_pair, "--db", db)[0] == 0

    code, out, err = add(*good_pair, "--db", db)

    assert (code, out, error_lines(err)) == (0, f"Added 0 articles to {db} (2 duplicates skipped).\n", [])
    assert len(Library(db)) == 2


# Lines 1723 and 1756 of the news corpus: one Reuters story, once with a paragraph break inside its first line
ASX_WRAPPED = (
    "SYDNEY, April 1 - The Australian Stock\n\nExchange Ltd (ASX) today took up the responsibility for administering "
    "a new coordinated market made up of Australia's six former exchanges, a spokesman said.\n\n"
    "\"It is a new era for the market,\" the chairman, John Smith, told reporters."
)
ASX_ONE_LINE = ASX_WRAPPED.replace("Stock\n\nExchange", "Stock Exchange")


def test_cli_two_texts_equal_but_for_whitespace_are_one_article_analysed_as_stored(tmp_path, add):
    from store.analyses import has_stored_analysis, stored_analysis, unanalysed

    path = write(tmp_path / "wire.jsonl", jsonl(
        {"title": "AUSTRALIA STOCK EXCHANGES ENTER NEW ERA", "text": ASX_WRAPPED},
        {"title": "AUSTRALIA STOCK EXCHANGES ENTER NEW ERA", "text": ASX_ONE_LINE},
    ))
    db = tmp_path / "library.json"

    code, out, err = add(path, "--db", db)

    assert (code, out, error_lines(err)) == (0, f"Added 1 article to {db} (1 duplicate skipped).\n", [])
    library = Library(db)
    [article_id] = library.ids()
    article = library.get(article_id)
    assert article.text == ASX_WRAPPED  # the first one met is kept
    # the stored analysis is of that text, so the reader finds it and never analyses the article again
    assert has_stored_analysis(library, article_id)
    assert unanalysed(library, [article_id]) == []
    analysis = stored_analysis(library, article)
    assert analysis is not None
    said = {(article.text[a:b], q.speaker) for q in analysis.quotes for a, b in q.spans}
    assert ('"It is a new era for the market,"', "John Smith") in said


def test_cli_encoding_flag_imports_a_windows_file_the_default_refuses(tmp_path, add):
    path = write(tmp_path / "latin.txt", "Caf\xe9 owners in Ath\xe8nes protested on Monday.\n".encode("cp1252"))
    db = tmp_path / "library.json"

    refused = add(path, "--db", db)
    accepted = add(path, "--db", db, "--encoding", "cp1252")

    assert refused[0] == 1
    assert error_lines(refused[2]) == [
        (f"newsreader: {path}: is not valid UTF-8 (byte 0xe9 at offset 3); if it is Latin-1 or Windows text, "
         "add --encoding cp1252")
    ]
    assert accepted == (0, f"Added 1 article to {db}.\n", "")
    [info] = Library(db).infos()
    assert Library(db).get(info.id).text == "Café owners in Athènes protested on Monday."


def test_cli_max_size_flag_refuses_a_longer_text(tmp_path, add):
    path = write(tmp_path / "long.txt", "y" * 300)
    db = tmp_path / "library.json"

    code, out, err = add(path, "--db", db, "--max-size", "0.0001")

    assert code == 1
    assert out == f"Added 0 articles to {db} (1 could not be imported).\n"
    assert error_lines(err) == [f"newsreader: {path}: is too large: 300 characters of text (the limit is 100; raise it with --max-size)"]
    assert len(Library(db)) == 0


def test_cli_unreadable_published_flag_is_a_one_line_error(tmp_path, add, good_pair):
    db = tmp_path / "library.json"

    code, out, err = add(good_pair[0], "--db", db, "--published", "next Tuesday-ish")

    assert (code, out) == (1, "")
    assert err == "newsreader: --published: cannot read the publication date 'next Tuesday-ish' (use YYYY-MM-DD)\n"
    assert len(Library(db)) == 0


def test_cli_problem_message_stays_on_one_line_on_an_80_column_console(tmp_path, add, monkeypatch, good_pair):
    monkeypatch.setenv("COLUMNS", "80")
    bad = write(tmp_path / "a-folder-with-a-rather-long-name" / "another-long-folder-name" / "image.txt", PNG_BYTES)
    db = tmp_path / "library.json"

    code, out, err = add(good_pair[0], bad, "--db", db)

    assert code == 1
    assert error_lines(err) == [f"newsreader: {bad}: is a binary file (a PNG image), not text"]
    assert out == f"Added 1 article to {db} (1 could not be imported).\n"


# -- bugs these tests found, now fixed ----------------------------------------


def test_feed_entry_whose_summary_is_one_html_paragraph_keeps_its_text(tmp_path):
    feed = RSS_FEED.replace(
        "&lt;p&gt;Ferries left Piraeus at dawn after the strike ended.&lt;/p&gt;&lt;p&gt;The first boat reached Naxos by noon.&lt;/p&gt;",
        "&lt;p&gt;Ferries left Piraeus at dawn after the strike ended.&lt;/p&gt;",
    )
    path = write(tmp_path / "gazette.rss", feed)

    items = import_items(path)

    assert problems(items) == []
    assert articles(items)[0].text == "Ferries left Piraeus at dawn after the strike ended."


def test_feed_published_date_is_the_date_the_publisher_gave(tmp_path):
    pub_date = "Wed, 03 Sep 2025 01:30:00 +0300"
    path = write(tmp_path / "gazette.rss", RSS_FEED.replace("Wed, 03 Sep 2025 10:30:00 GMT", pub_date))

    cranes = articles(import_items(path))[1]

    assert parse_published(pub_date, "x") == date(2025, 9, 3)
    assert cranes.published == date(2025, 9, 3)


@pytest.mark.parametrize("value", ["2025-09-03T23:30:00Z", "2025-09-03T23:30Z", "2025-09-03Z", "20250903T233000Z"])
def test_an_iso_date_in_utc_is_the_day_written(value):
    # the day as written, as for any other offset: a UTC time late in the day is not moved to the next
    assert parse_published(value, "x") == date(2025, 9, 3)


def test_hard_wrapped_text_keeps_its_first_line(tmp_path):
    one_line = write(tmp_path / "one-line.txt", "Dock workers in Piraeus returned to work on Tuesday after a two-day strike.\n\nFerries sailed by noon.\n")
    wrapped = write(tmp_path / "wrapped.txt", "Dock workers in Piraeus returned to work on Tuesday after\na two-day strike.\n\nFerries sailed by noon.\n")

    a, b = import_items(one_line, wrapped)

    assert b.text.startswith("Dock workers in Piraeus")
    assert b.id == a.id  # the same article, re-wrapped


def test_empty_jsonl_file_is_one_problem(tmp_path):
    path = write(tmp_path / "empty.jsonl", b"")

    items = import_items(path)

    assert [p.where for p in problems(items)] == [str(path)]


def test_jsonl_with_a_utf8_byte_order_mark_imports(tmp_path):
    path = write(tmp_path / "bom.jsonl", jsonl({"title": "First", "text": "First text."}, {"title": "Second", "text": "Second text."}).encode("utf-8-sig"))

    items = import_items(path)

    assert problems(items) == []
    assert [a.title for a in items] == ["First", "Second"]


def test_jsonl_honours_the_encoding_option(tmp_path):
    record = json.dumps({"title": "Café", "text": "Café owners protested."}, ensure_ascii=False)
    path = write(tmp_path / "latin.jsonl", (record + "\n").encode("cp1252"))

    article = only_article(import_items(path, encoding="cp1252"))

    assert (article.title, article.text) == ("Café", "Café owners protested.")


def test_binary_file_named_jsonl_is_one_problem(tmp_path):
    path = write(tmp_path / "image.jsonl", PNG_BYTES + b"\nmore\nbinary\nlines\n")

    items = import_items(path)

    assert [str(p) for p in problems(items)] == [f"{path}: is a binary file (a PNG image), not text"]


def test_cli_folder_leaves_out_readme_licence_and_other_types_and_says_what_and_why(tmp_path, add):
    news = tmp_path / "saved"
    write(news / "port.txt", "Title: Ferries resume\n\nFerries resumed sailing to the islands on Monday.\n")
    write(news / "world" / "strike.md", "# Dockers strike\n\nDockers walked out in Piraeus on Tuesday.\n")
    write(news / "README.md", "# Saved articles\n\nWhat this folder holds.\n")
    write(news / "LICENSE", "CC BY 2.5\n")
    write(news / "world" / "readme.txt", "Notes on the world folder.\n")
    write(news / "scan.pdf", b"%PDF-1.4\n")
    write(news / "photo.png", PNG_BYTES)
    write(news / "world" / "map.png", PNG_BYTES)
    write(news / ".DS_Store", b"\x00\x00")
    write(news / ".git" / "config", "[core]\n")
    db = tmp_path / "library.json"

    code, out, err = add(news, "--db", db, "--no-analyze")

    assert (code, error_lines(err)) == (0, [])
    assert out.splitlines() == [
        f"Added 2 articles to {db}.",
        ("Left out of the folder: LICENSE, README.md, readme.txt (about the folder, not articles); 3 files of types "
         "newsreader does not read (.png, .pdf); 2 hidden files or folders. Name a file to add it anyway."),
    ]
    assert sorted(info.title for info in Library(db).infos()) == ["Dockers strike", "Ferries resume"]


def test_cli_a_readme_named_on_the_command_line_is_imported_and_a_plain_folder_says_nothing_more(tmp_path, add):
    news = tmp_path / "saved"
    write(news / "port.txt", "Title: Ferries resume\n\nFerries resumed sailing to the islands on Monday.\n")
    readme = write(tmp_path / "README.md", "# Harbour notes\n\nThe harbour reopened on Monday after the storm.\n")
    db = tmp_path / "library.json"

    assert add(news, "--db", db, "--no-analyze")[:2] == (0, f"Added 1 article to {db}.\n")
    assert add(readme, "--db", db, "--no-analyze")[:2] == (0, f"Added 1 article to {db}.\n")
    assert sorted(info.title for info in Library(db).infos()) == ["Ferries resume", "Harbour notes"]
