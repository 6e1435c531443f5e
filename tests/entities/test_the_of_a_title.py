"""A capital "The" in the middle of a running sentence, before an organisation's name, is that name's ("wrote for
The American Prospect", "played with The Stone Roses"); a firm's formal "The" ("at The Norbury Trading Company") is not, nor
is the "The" opening a sentence or a headline."""

from __future__ import annotations

from entity_support import canonical_names


def test_a_capital_the_mid_sentence_is_a_magazines(nlp) -> None:
    names = canonical_names(nlp, "Maria Ostrova has written opinion pieces for magazines such as The New Republic "
                                 "and The American Prospect, and she teaches history at a college in Ohio.")
    assert names.get("American Prospect") == "The American Prospect"


def test_a_capital_the_mid_sentence_is_a_bands(nlp) -> None:
    names = canonical_names(nlp, "The drummer, Tom Haley, played for six years with The Stone Roses before he "
                                 "joined a jazz trio in Manchester.")
    assert names.get("Stone Roses") == "The Stone Roses"


def test_a_firms_formal_the_is_dropped(nlp) -> None:
    names = canonical_names(nlp, "The forecast came from Henry Dawes, a senior economist at The Norbury Trading "
                                 "Company, who said prices would rise again in the spring.")
    assert not any(name.startswith("The ") for name in names.values())


def test_a_small_the_elsewhere_keeps_it_out(nlp) -> None:
    names = canonical_names(nlp, "Our reporter spoke to Ahmed Noor of The Yellow Kites before their concert in "
                                 "Leeds. Earlier this year the Yellow Kites had cancelled a tour of Germany.")
    assert not any(name.startswith("The ") for name in names.values())
