"""'Customs figures show …': the customs service of whichever country, named by its common noun alone, as 'Police
said' names no one force; no name a reader would look up (heads.json 'generic'). A customs service named whole
stays a name. Real model and pipeline; passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_customs_alone_is_no_name(nlp) -> None:
    found = mentions(nlp, "Exports of tinned fruit fell to 12,400 tonnes in May from 15,100 in April, according to "
                          "Customs figures released on Tuesday.")
    assert not any(name == "Customs" for name, _, _ in found)


def test_customs_alone_opening_a_sentence_is_no_name(nlp) -> None:
    found = mentions(nlp, "The country bought 3.2 mln tonnes of maize last year.  Customs figures show it bought "
                          "1.1 mln tonnes in the first quarter.")
    assert not any(name == "Customs" for name, _, _ in found)


def test_a_customs_service_named_whole_stays(nlp) -> None:
    found = mentions(nlp, "The U.S. Customs Service seized 40 kilos of the drug at the port, officials said.")
    assert any(name == "U.S. Customs Service" and label == "ORG" for name, label, _ in found)
