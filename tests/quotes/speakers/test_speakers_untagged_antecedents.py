"""A 'he' or 'she' after a speaker the model did not tag is that speaker, not a person named before (real model).

Our own sentences, in the shape of a modern report: a port's chair named and quoted, a paragraph of background, then
an expert whose name the model tags as nothing ("<Name>, an economist at <University>, told <Outlet> …"), whose words
go on in the next paragraph under "she said" (or "he said"). The pronoun walk is built from the entities and never
saw the expert, so the words went back to the chair. A person named after the expert, or an expert of the other sex,
leaves the pronoun as the walk read it.
"""

from __future__ import annotations

from quote_support import speaker_of

_TEXT = ("Thursday, March 12, 2026\n\n"
         "The port authority of Gdynia said on Wednesday it would lease two of its container berths to a Danish "
         "operator. Its chair, {chair}, signed the agreement in Copenhagen.\n\n"
         "{surname} said the lease would bring the port about 30 million zloty a year.\n\n"
         "Dock workers have protested the plan since January, fearing job losses.\n\n"
         "{expert}, an economist at the University of Gdansk, told Wikinews the berths had been losing money for "
         "years.{between}\n\n"
         "\"The operator brings ships the port could never win on its own,\" {pronoun} said. \"Jobs will follow the "
         "ships.\"")


def _text(expert: str, pronoun: str, chair: str = "Magdalena Wrona", between: str = "") -> str:
    return _TEXT.format(chair=chair, surname=chair.split()[-1], expert=expert, pronoun=pronoun, between=between)


def test_she_after_an_untagged_woman(nlp) -> None:
    assert speaker_of(nlp, _text("Ana Pârvu", "she", chair="Pawel Wrona"), "never win") == "Ana Pârvu"


def test_he_after_an_untagged_man(nlp) -> None:
    assert speaker_of(nlp, _text("Ion Pârvulescu", "he", chair="Pawel Wrona"), "never win") == "Ion Pârvulescu"


def test_she_is_not_an_untagged_man(nlp) -> None:
    assert speaker_of(nlp, _text("Ion Pârvulescu", "she"), "never win") != "Ion Pârvulescu"


def test_the_one_read_named_since_stays(nlp) -> None:
    # the chair named again after the expert: the walk's reading stands
    text = _text("Ana Pârvu", "she", between=" Magdalena Wrona rejected that view on Thursday.")
    assert speaker_of(nlp, text, "never win") != "Ana Pârvu"
