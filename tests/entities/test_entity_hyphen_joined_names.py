"""Two names the model ran together over a hyphen ('the <Place>-<Name> replay'), which the person reader cut at the
hyphen into the place and a junk '-<Name>' person: each is a name of its own, the hyphen in neither; a firm's name
joined by a hyphen, or one the article writes longer, stays whole (real model and pipeline; sentences of our own,
made-up clubs and firms)."""

from __future__ import annotations

from entity_support import mentions

REPLAY = (
    "Ticket sales opened for the Leeds-Wexbury replay on Tuesday. Wexbury won the first game and Leeds fans were angry."
)

DEBATE = "The vote fueled a sharp new White House-Congress debate over war powers. Democrats control Congress."


def test_two_names_joined_by_a_hyphen(nlp) -> None:
    found = mentions(nlp, REPLAY)
    assert not any(text.startswith("-") or canonical.startswith("-") for text, _, canonical in found)
    assert {(text, label, canonical) for text, label, canonical in found if text == "Wexbury"} == {
        ("Wexbury", "ORG", "Wexbury")
    }
    assert ("Leeds", "GPE", "Leeds") in found


def test_the_second_name_keeps_its_later_mentions(nlp) -> None:
    found = mentions(nlp, DEBATE)
    assert not any(text.startswith("-") or canonical.startswith("-") for text, _, canonical in found)
    assert {(label, canonical) for text, label, canonical in found if text == "Congress"} == {("ORG", "Congress")}


def test_a_hyphened_firm_stays_whole(nlp) -> None:
    text = (
        "Shares of Brindle-Olmark rose on Monday. Brindle-Olmark PLC makes records, and Olmark Records Ltd is its unit."
    )
    found = mentions(nlp, text)
    assert ("Brindle-Olmark", "ORG", "Brindle-Olmark PLC") in found
    bank = "The city launched a paper program, lead manager Leeds-Wexbury Bank NV said. Wexbury is a port."
    assert any(canonical == "Leeds-Wexbury Bank NV" for _, _, canonical in mentions(nlp, bank))
