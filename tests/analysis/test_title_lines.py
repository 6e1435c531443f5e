"""The shared reading of a Doc's lines and of a title-case line (store/analysis/title_lines.py), and the four rules'
readings built on it, side by side on the same made-up lines: where they agree and where each keeps its own."""

from __future__ import annotations

import pytest

from store.analysis import analyze
from store.analysis.dates.titles import _headline
from store.analysis.entities.headline_blends import _title_case
from store.analysis.entities.headlines import _title_case_headline
from store.analysis.entities.peoples_words import _in_a_capitalised_headline
from store.analysis.title_lines import capitalised, first_line, line_at, lines, long_words, title_case

_BODY = "Ann Marlow said on Tuesday that the deal with Kestrel Foods was off."


def test_lines_are_the_text_split_at_each_break_and_read_once(nlp) -> None:
    doc = nlp.make_doc("Marlow Wins\n\nShe won.\nThe end")
    found = lines(doc)
    assert [(line.start, line.end, line.text) for line in found] == [
        (0, 11, "Marlow Wins"),
        (12, 12, ""),
        (13, 21, "She won."),
        (22, 29, "The end"),
    ]
    assert found[0].long == ["Marlow", "Wins"]
    assert lines(doc) is found  # cached on the Doc
    assert line_at(doc, 11).text == "Marlow Wins"  # a line break belongs to the line it ends
    assert line_at(doc, 13).text == "She won."
    assert line_at(doc, 28).text == "The end"


def test_a_first_line_is_one_a_break_ends(nlp) -> None:
    assert first_line(nlp.make_doc("Marlow Wins\nShe won.")).text == "Marlow Wins"
    assert first_line(nlp.make_doc("Marlow won the seat.")) is None  # one line: no headline over a body
    assert first_line(nlp.make_doc("\nMarlow Wins\nShe won.")) is None  # opens on a break


def test_long_words_split_at_spaces_or_as_runs_of_letters() -> None:
    line = "“Today” Host Joins Kestrel's Long-Term Plan at 10"
    assert long_words(line) == ["Host", "Joins", "Kestrel's", "Long-Term", "Plan"]
    assert long_words(line, letters=True) == ["Today", "Host", "Joins", "Kestrel", "Long", "Term", "Plan"]
    assert capitalised(["Host", "joins", "Kestrel"]) == 2


def test_title_case_takes_a_share_and_a_least_count() -> None:
    words = ["Marlow", "Deal", "with", "Kestrel", "Falls"]
    assert title_case(words, 0.8) and not title_case(words, 1.0)
    assert not title_case(words, 0.8, least=6)
    assert title_case([], 0.8) and not title_case([], 0.8, least=1)  # no long words: passes only with no least


@pytest.mark.parametrize(
    ("headline", "entities", "peoples", "blends", "dates"),
    [
        # every long word capitalised: all four read a headline
        ("Marlow Deal With Kestrel Falls Apart Over Price", True, True, True, True),
        # one in small letters: not every word, so not the peoples rule's
        ("Marlow Deal with Kestrel Falls Apart Over Price", True, False, True, True),
        # two verbs in small letters of ten: a share of four in five (and seven in ten) takes it, the blends'
        # count of small words does not
        ("Marlow Surges ahead Among Kestrel Voters After Debate Night tally", True, False, False, True),
        # a sentence: none
        ("Marlow says deal with Kestrel Falls Apart", False, False, False, False),
        # the dates read runs of letters: "“Today”" is a third long word there, not at the spaces
        ("“Today” Host Joins Us", True, False, False, True),
    ],
)
def test_the_four_readings_of_a_first_line(nlp, headline, entities, peoples, blends, dates) -> None:
    doc = nlp.make_doc(headline + "\n\n" + _BODY)
    assert bool(_title_case_headline(doc)) == entities
    assert _in_a_capitalised_headline(doc, doc[0]) == peoples
    assert _title_case(headline) == blends
    assert _headline(doc, 0) == dates


def test_only_the_blends_and_the_dates_read_a_line_below_the_first(nlp) -> None:
    line = "Marlow Deal With Kestrel Falls Apart"
    doc = nlp.make_doc(_BODY + "\n\n" + line + "\n\n" + _BODY)
    i = next(t.i for t in doc if t.text == "Deal")
    assert not _title_case_headline(doc) and not _in_a_capitalised_headline(doc, doc[i])
    assert _title_case(line_at(doc, doc[i].idx).text) and _headline(doc, i)


def test_a_title_case_headline_still_cuts_a_name_from_its_verb(nlp) -> None:
    # through the real analysis: the headline rules read the shared lines ("Marlow Backs" is no name)
    text = "Ann Marlow Backs Kestrel Foods Deal After Long Talks\n\n" + _BODY
    names = {e.text for e in analyze(nlp, text).entities if e.label == "PERSON"}
    assert not any("Backs" in name for name in names), names
