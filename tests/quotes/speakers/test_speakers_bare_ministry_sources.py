"""A bare "ministry official" or "a ministry spokesman" in an article that names one ministry (real model).

Our own sentences, in the shape wire copy writes: the ministry is named in full once ("the Fisheries Ministry
said"), then its people are written with the bare noun. They speak for the ministry the article names most often;
two ministries named as often leave them to neither, and an article that names none still gives none.
"""

from __future__ import annotations

from quote_support import quote_with


def test_a_bare_ministry_spokesman_speaks_for_the_ministry_named(nlp) -> None:
    text = ("OSLO, June 3 - Norway will cut the cod quota for next year by a tenth, the Fisheries Ministry said on "
            "Tuesday.\n\nA ministry spokesman said the cut would be reviewed in the autumn.")
    q = quote_with(nlp, text, "the cut would be reviewed")
    assert q.affiliation == "Fisheries Ministry"


def test_bare_ministry_officials_speak_for_the_ministry_named(nlp) -> None:
    text = ("MANILA, June 3 - The Philippine Energy Ministry has asked oil firms to hold pump prices until July.\n\n"
            "Ministry officials said the request was not binding.")
    q = quote_with(nlp, text, "the request was not binding")
    assert q.affiliation is not None and q.affiliation.endswith("Energy Ministry")


def test_two_ministries_named_as_often_give_a_bare_official_neither(nlp) -> None:
    text = ("ROME, June 3 - The Finance Ministry and the Treasury Ministry will present a joint plan on Friday.\n\n"
            "A ministry official said the plan would not raise taxes.")
    q = quote_with(nlp, text, "the plan would not raise taxes")
    assert q.affiliation is None


def test_a_bare_department_official_speaks_for_the_department_named(nlp) -> None:
    text = ("WASHINGTON, June 3 - Winter wheat stocks fell by a fifth in May, the Agriculture Department said.\n\n"
            "A department official said the drop was smaller than traders had feared.")
    q = quote_with(nlp, text, "the drop was smaller")
    assert q.affiliation == "Agriculture Department"


def test_a_council_official_speaks_for_the_council_named_before_of(nlp) -> None:
    text = ("TAIPEI, June 3 - Rice imports will be cut by a tenth this year, the Taiwan Council of Agriculture said.\n\n"
            "A council official said the cut would not touch feed grains.")
    q = quote_with(nlp, text, "the cut would not touch feed grains")
    assert q.affiliation == "Taiwan Council of Agriculture"
