"""An unnamed source written after a ministry named only by its portfolio, "a transport ministry spokesman said",
where the article names no such ministry the model tagged (real model).

Our own sentences, in the shape read on unseen newswire: the source keeps its name as written, and the ministry its
portfolio words name goes in the affiliation, capitalised as an article writes it in full; a bare "ministry
official" names no ministry, and a ministry the article names is still the one it gives.
"""

from __future__ import annotations

from quote_support import quote_with


def test_a_lower_case_ministry_spokesman_speaks_for_that_ministry(nlp) -> None:
    text = ("LIMA, May 4 - Talks with the striking dock workers resumed on Monday, a transport ministry spokesman "
            "said.\n\nHe said no agreement was expected before the weekend.")
    first = quote_with(nlp, text, "Talks with the striking dock workers")
    later = quote_with(nlp, text, "no agreement was expected")
    assert (first.speaker, first.affiliation) == ("transport ministry spokesman", "Transport Ministry")
    assert later.affiliation == "Transport Ministry"


def test_a_mining_ministry_official_speaks_for_the_mining_ministry(nlp) -> None:
    text = ("LA PAZ, May 4 - Tin output fell by a fifth in the first quarter, a senior mining ministry official "
            "said.")
    q = quote_with(nlp, text, "Tin output fell")
    assert q.affiliation == "Mining Ministry"


def test_a_bare_ministry_official_gets_no_ministry(nlp) -> None:
    text = ("LIMA, May 4 - Talks with the striking dock workers resumed on Monday, a ministry official said.")
    q = quote_with(nlp, text, "Talks with the striking dock workers")
    assert q.affiliation is None
