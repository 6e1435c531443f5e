"""An organisation's name the model ran on from its owner's possessive ('Delmont's Optics Group', '<Country>'
<Firm> Group') is two names, the owner and its body, where the owner is a country or a place or body the article
writes elsewhere with no mark after it; a name the article writes only with its possessive ('Harcourt's', a firm
called so) keeps it, as does one whose owner the article never writes alone (real model; the merged mention is
made by hand, as the model makes it in wire copy)."""

from __future__ import annotations

from store.analysis.entities.mentions import mention_of
from store.analysis.entities.possessives import split_at_a_possessive


def _split(nlp, text: str, merged: str, alone: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"):
            doc = proc(doc)

    def span_of(words: str, after: int = 0):
        at = text.index(words, after)
        return doc.char_span(at, at + len(words))

    first = span_of(merged)
    mentions = [mention_of(first, "ORG")]
    for words, label in alone:
        mentions.append(mention_of(span_of(words, first.end_char), label))
    return [(m.name, m.label) for m in split_at_a_possessive(doc, mentions, frozenset())]


def test_a_firms_unit_after_the_firms_possessive_is_a_name_of_its_own(nlp) -> None:
    text = ("Sales fell at Delmont's Optics Group in the quarter, and Delmont said it would cut 200 jobs at "
            "the plant in Arvela.")
    found = _split(nlp, text, "Delmont's Optics Group", [("Delmont", "ORG")])
    assert ("Optics Group", "ORG") in found
    assert ("Delmont", "ORG") in found
    assert ("Delmont's Optics Group", "ORG") not in found


def test_a_countrys_possessive_before_a_firms_name_is_the_country(nlp) -> None:
    text = "Both insurers are owned by The Netherlands' VKD Holding Group, which bought them last year."
    found = _split(nlp, text, "Netherlands' VKD Holding Group", [])
    assert found == [("Netherlands", "GPE"), ("VKD Holding Group", "ORG")]


def test_a_name_written_only_with_its_possessive_stays_whole(nlp) -> None:
    text = ("Harcourt's Ratings Service Inc cut the bonds to junk. Harcourt's said the firm's debt would rise, and "
            "Harcourt's analysts expect more cuts.")
    found = _split(nlp, text, "Harcourt's Ratings Service Inc", [("Harcourt", "ORG")])
    assert ("Harcourt's Ratings Service Inc", "ORG") in found
