"""A member's seat written after a person's name ("<Name> MP", "<Name> MEP", "<Name> MSP") is a post, no part of the
name: the entity is the person alone, and the post the article gives stays the role; a person with a post and a first
name stays a person whatever the name's last word ("Field", "Hill"); and the person stays the subject the
parse hung on the letters after the name, for a "he" that follows (real model, real pipeline; sentences of our own)."""

from __future__ import annotations

from store.analysis import analyze


def _people(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    return {e.text: (e.label, e.role) for e in analyze(nlp, text).entities}


def test_a_seat_after_the_name_is_taken_off(nlp) -> None:
    people = _people(nlp, "Former housing minister Jane Roewood MP criticised the plan on Sunday.")
    assert "Jane Roewood MP" not in people, people
    # the names rulings keep "former" in a role; the sentence's capital no longer cuts it off
    assert people.get("Jane Roewood") == ("PERSON", "Former housing minister"), people


def test_a_person_with_a_post_keeps_a_place_word_surname(nlp) -> None:
    people = _people(nlp, "Former welfare minister Tom Field MP criticised the plan on Sunday.")
    assert people.get("Tom Field", ("",))[0] == "PERSON", people


def test_the_person_stays_the_subject_for_a_he(nlp) -> None:
    text = (
        "Analyst Ben Oakes said the rail report was weak. Former transport minister Tom Quarrell MP criticised the "
        "plan on the radio. He said the line should close."
    )
    speakers = [q.speaker for q in analyze(nlp, text).quotes]
    assert speakers[-1] == "Tom Quarrell", speakers


def test_members_and_places_stay(nlp) -> None:
    people = _people(nlp, "Labour MPs met in Westminster. The Gleneagles Hospital opened a new ward.")
    assert "Labour MPs" in people or not any(name.endswith("MP") for name in people), people
    assert people.get("Gleneagles Hospital", ("",))[0] == "FAC", people


def test_the_apposition_after_the_seat_gives_the_role(nlp) -> None:
    people = _people(nlp, "Dana Merrow MP, the party's housing spokeswoman, said the scheme was too slow.")
    assert "Dana Merrow" in people and people["Dana Merrow"][1] and "spokeswoman" in people["Dana Merrow"][1], people
