"""'The newspaper said', 'the weekly reported': the paper the article named before with what it is (real model).

Each text is our own, in the shape of wire copy read on unseen articles (DESIGN.md, "Canonical names": a short form
such as "the newspaper" maps to the outlet the article names; wire copy puts one sentence to a paragraph, so the paper
may be named many paragraphs before).
"""

from __future__ import annotations

from quote_support import speaker_of

_FILLER = "".join(f"The {n} bomb of the month damaged a tax office in the old town.\n\n"
                  for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"))


def test_the_newspaper_many_paragraphs_on_is_the_daily_named_before(nlp) -> None:
    text = ("PARIS, May 3 - Police arrested two men overnight, the daily Le Matin reported on Tuesday.\n\n" + _FILLER +
            "The newspaper said the two men had links to a banned group.")
    assert speaker_of(nlp, text, "links to a banned group") == "Le Matin"


def test_the_weekly_is_the_weekly_named_before(nlp) -> None:
    text = ("PARIS, May 3 - A tax office lost its files in a flood, the weekly Le Hibou said on Wednesday.\n\n" +
            _FILLER + "A ministry official explained that the files had been kept in the cellar, the weekly reported.")
    assert speaker_of(nlp, text, "kept in the cellar") == "Le Hibou"


def test_the_paper_is_the_paper_named_before_its_word(nlp) -> None:
    text = ("JERUSALEM, May 3 - The mayor will meet the bishop, the Maariv Hadash daily reported on Monday.\n\n" +
            _FILLER + "The paper said the meeting was set for Friday.")
    assert speaker_of(nlp, text, "set for Friday") == "Maariv Hadash"


def test_the_newspaper_with_no_paper_named_stays_unnamed(nlp) -> None:
    text = "LONDON, May 3 - Sales rose, the company said.\n\nThe newspaper said sales would rise again."
    assert speaker_of(nlp, text, "sales would rise again") == "newspaper"


def test_a_people_before_the_word_names_no_paper(nlp) -> None:
    text = ("ROME, May 3 - The mayor will resign, an Italian newspaper reported on Monday.\n\n" + _FILLER +
            "The newspaper said the mayor had told friends of his plans.")
    assert speaker_of(nlp, text, "told friends of his plans") != "Italian"
