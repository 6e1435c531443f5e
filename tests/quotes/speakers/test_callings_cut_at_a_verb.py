"""The calling before a name ('managing director <Name>') stops at a verb's form that follows a name or a noun: that
verb opens a clause of its own ('an engineer at <Firm> asked billionaire <Name>', '<Name> targeting singer <Name>'),
so the role is the noun alone. A comparative ('the elder <Surname>', 'the younger <Surname>') tells two of one family
apart and is no role. Real model and pipeline; sentences of our own, made-up persons and firms."""

from __future__ import annotations

from store.analysis import analyze


def _roles(nlp, text: str) -> dict[str, str | None]:
    return {e.text: e.role for e in analyze(nlp, text).entities if e.label == "PERSON"}


def test_a_past_verb_after_a_firm_is_no_part_of_the_role(nlp) -> None:
    # the model hangs "asked" on "billionaire" here, as it did on the copy read
    text = (
        "When a software engineer employed by Fendra asked billionaire Tom Brisket to comment on the plan, he declined."
    )
    assert _roles(nlp, text)["Tom Brisket"] == "billionaire"


def test_a_participle_after_a_name_is_no_part_of_the_role(nlp) -> None:
    text = "Following President Gus Tarrant targeting singer Lee Darby and TV personality Ana Rusk, fans reacted."
    assert _roles(nlp, text)["Lee Darby"] == "singer"


def test_a_comparative_before_a_surname_is_no_role(nlp) -> None:
    text = (
        "Dario Velmont spoke with his father Anton Velmont only once, when the elder Velmont said, "
        '"I hope you know what you are doing."'
    )
    assert _roles(nlp, text).get("Velmont") is None


def test_a_participle_after_no_noun_stays_in_the_role(nlp) -> None:
    roles = _roles(nlp, "She thanked managing director Odo Marsalek on Monday.")
    assert roles["Odo Marsalek"] == "managing director"
    roles = _roles(nlp, "He met acting director Tamsin Orlek on Monday.")
    assert roles["Tamsin Orlek"] == "acting director"
