"""'Liberal Democrat leader', 'the Liberal Democrats': the model tags the members' word alone and leaves the word
that opens the party's name out; the name runs from it. Not the same word in lower case, a leaning (real model; our
own sentences)."""

from __future__ import annotations

from store.analysis import analyze


def names(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(nlp, text).entities]


def test_the_opener_belongs_to_the_party(nlp):
    found = names(nlp, "Liberal Democrat leader Rowan Pryce said the tax plans were unfair to pensioners.")
    assert ("Liberal Democrat", "NORP") in found
    assert not any(text == "Democrat" for text, _ in found)


def test_a_leaning_in_lower_case_is_no_part_of_the_name(nlp):
    found = names(nlp, "Many liberal Democrats in the state senate opposed the bill on Tuesday.")
    assert not any(text.lower().startswith("liberal") for text, _ in found)


# the model may tag the opener apart, as a people's word, and the members' word after it as another
def test_an_opener_tagged_apart_joins_the_members_word(nlp) -> None:
    text = ("ROME, May 2 - The ruling Christian Democrat party said it would leave the coalition, and the Christian "
            "Democrats named a new leader.")
    found = [name for name, _ in names(nlp, text)]
    assert "Christian Democrats" in found
    assert "Christian" not in found and "Democrats" not in found
