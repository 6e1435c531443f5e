"""A web page's pull quote: the words on a line of their own, the speaker's name on the next line, the post or the
organisation after it (quotes/pull_quotes.py), with the real model and pipeline. Pages of our own, in the shape of
a scraped news page of the 2000s."""

from __future__ import annotations

from quote_support import described, quote_with, quotes_of

_PAGE = (
    "Norland cuts ferry links to islands\n"
    "The ferry firm Tovana Lines said on Monday it would stop sailing to three small islands next month.\n"
    "The islanders say the decision will leave them cut off for much of the winter.\n"
    "{pull}\n"
    "{sign}\n"
    "{post}\n"
    "Tovana Lines said the routes had lost money for six years in a row.\n"
)


def test_unquoted_words_signed_by_a_name_and_a_post(nlp) -> None:
    text = _PAGE.format(
        pull="We have been left with no way to reach a hospital in the winter months",
        sign="Ella Marsby",
        post="island council officer",
    )
    assert described(nlp, text, "no way to reach a hospital") == ("Ella Marsby", "island council officer", None)


def test_quoted_words_signed_by_a_name_and_an_organisation(nlp) -> None:
    text = _PAGE.format(
        pull='"The routes have simply never paid their way and we cannot go on like this"',
        sign="Peter Collins, Tovana Lines",
        post="How to travel",
    )
    speaker, _, affiliation = described(nlp, text, "never paid their way")
    assert speaker == "Peter Collins"
    assert affiliation == "Tovana Lines"


def test_a_heading_in_capitals_is_no_part_of_the_words(nlp) -> None:
    # a reader's comment box: its heading run into the words, a place after the reader's name
    text = _PAGE.format(
        pull="READERS WRITE It is a shame that the islands will lose the only link they have had",
        sign="Peter Collins, Norway",
        post="Write to us",
    )
    q = quote_with(nlp, text, "the only link")
    assert (q.text, q.speaker, q.affiliation) == (
        "It is a shame that the islands will lose the only link they have had",
        "Peter Collins",
        None,
    )


def test_a_headline_over_a_byline_is_no_pull_quote(nlp) -> None:
    # the page opens on a headline and its writer's name: no paragraph of the report before them
    text = (
        "Islanders fear they will be left without any ferry to the mainland this winter\n"
        "Ella Marsby\n"
        "Staff writer\n"
        "The ferry firm Tovana Lines said on Monday it would stop sailing to three small islands next month.\n"
    )
    assert not any("Islanders fear" in q.text for q in quotes_of(nlp, text))


def test_a_paragraph_ending_a_sentence_before_a_name_is_no_pull_quote(nlp) -> None:
    text = _PAGE.format(
        pull="The council will meet the ferry firm again before the end of the month to talk.",
        sign="Ella Marsby",
        post="island council officer",
    )
    assert not any(q.speaker == "Ella Marsby" and "will meet" in q.text for q in quotes_of(nlp, text))


def test_a_lyric_sheet_line_is_no_signature(nlp) -> None:
    # '<Singer> - <words>' lines: the singers' cues, not a name signing the line before it
    text = (
        "Stars sing again for the flood appeal\n"
        "The singers gathered in a London studio on Sunday to record the song again for the appeal.\n"
        "Ella Marsby - Then the rain came down on every field and every home we had known\n"
        "Everyone - Bring them home, let them know that we still care for them (repeated)\n"
        "Peter Collins - Oooh\n"
        "Everyone - Bring them home (repeated to end)\n"
    )
    assert not any(q.speaker and q.speaker.startswith("Peter Collins") for q in quotes_of(nlp, text))
