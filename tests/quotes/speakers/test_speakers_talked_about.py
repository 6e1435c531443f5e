"""A 'he' or 'she' goes on with the person speaking, not with one named only in what they said (real model).

Our own sentences, in the shapes of errors read on fresh political news: a man named as the subject inside a
speaker's quotation marks, or in what a 'he' reported, took the quotes of the "he said" that followed; and a
'she' went to a man whose first name the name lists call mostly a woman's ("Bernie").
"""

from __future__ import annotations

from quote_support import quote_with


def test_a_man_named_inside_the_quotation_is_not_the_next_he(nlp) -> None:
    text = ('"Nobody here understands the threat," said Daniel Whitcombe, who ran the task force until 2012. '
            '"Harlan Pike was clearly radicalized at home, not abroad."\n\n'
            "He argued the group was losing ground on every front.")
    assert quote_with(nlp, text, "the group was losing ground").speaker == "Daniel Whitcombe"


def test_a_man_named_in_what_he_reported_is_not_the_next_he(nlp) -> None:
    text = ("Steve Dunwoody, a volunteer in Fresno, said tensions among activists were high.\n\n"
            "He said that he was more focused on the platform and noted that Bernard Holt himself has acknowledged "
            "he will not be the nominee.\n\n"
            '"What most of us are asking for is not unreasonable," he said.')
    assert quote_with(nlp, text, "What most of us are asking").speaker == "Steve Dunwoody"


def test_the_man_named_as_the_subject_is_still_the_next_he(nlp) -> None:
    text = ("Steve Dunwoody, a volunteer in Fresno, said tensions among activists were high.\n\n"
            "Bernard Holt has acknowledged that he will not be the nominee.\n\n"
            '"What most of us are asking for is not unreasonable," he said.')
    assert quote_with(nlp, text, "What most of us are asking").speaker == "Bernard Holt"


def test_she_is_not_a_man_with_a_mostly_female_first_name(nlp) -> None:
    text = ("Bernie Sanders held a rally in Fresno on Monday.\n\n"
            "The chair of the Federal Reserve, Janet Yellen, was criticised for not raising rates.\n\n"
            "Rates could go up without causing a panic, she said.")
    assert quote_with(nlp, text, "Rates could go up").speaker == "Janet Yellen"


def test_she_is_a_woman_whose_first_name_the_lists_do_not_know(nlp) -> None:
    text = ("Bernie Sanders held a rally in Fresno on Monday.\n\n"
            "Naureen Jahangir, a Sanders supporter from Hemet, is among those who say they will not back the "
            "nominee.\n\n"
            '"I will vote for the candidate that best represents my viewpoint," she said.')
    assert quote_with(nlp, text, "I will vote for the candidate").speaker == "Naureen Jahangir"


def test_a_man_named_in_a_womans_quotation_is_still_the_next_he(nlp) -> None:
    text = ("Matt Santos, a lawyer for the union, said the case was weak.\n\n"
            'Deborah Reynolds, a friend, says the change came late. "Pete Sandoval has done a lot of changing '
            'since the war."\n\n'
            'In his first videos, he told viewers that corn syrup is "destroying America."')
    assert quote_with(nlp, text, "corn syrup").speaker == "Pete Sandoval"
