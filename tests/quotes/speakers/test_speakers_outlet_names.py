"""'Dorvik news agency said', 'the state Mirana news agency reported': a news outlet speaks under its name, without
the kind of outlet it is; a paper described only by its country stays an unnamed paper. With the real model and
pipeline; sentences of our own."""

from __future__ import annotations

from quote_support import speaker_of


def test_a_news_agency_speaks_under_its_name(nlp) -> None:
    text = ("MOSCOW, May 3 - Two ferries collided in the harbour of Murmansk on Tuesday, Interfax news agency said.\n\n"
            "Interfax said nobody was hurt in the collision.")
    assert speaker_of(nlp, text, "Two ferries collided") == "Interfax"
    assert speaker_of(nlp, text, "nobody was hurt") == "Interfax"


def test_a_described_agency_drops_its_description(nlp) -> None:
    text = ("BEIJING, May 3 - Floods in the southern province of Guangxi have forced 20,000 people from their homes, "
            "the official Xinhua news agency said on Friday.")
    assert speaker_of(nlp, text, "Floods in the southern") == "Xinhua"


def test_a_paper_named_by_its_country_stays_unnamed(nlp) -> None:
    text = ("ALGIERS, May 3 - Gunmen killed four shepherds in a village south of the capital, an Algerian newspaper "
            "reported on Saturday.")
    assert speaker_of(nlp, text, "Gunmen killed") != "Algerian"
