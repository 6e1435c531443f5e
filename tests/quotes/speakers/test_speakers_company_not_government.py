"""'The company' where no company with a legal form is named (real model).

Our own sentences, in the shapes of speaker errors read on unseen news: "the company said" given to the government
office the company asked money from, and to the place named last as the object of the company's own sentence.
"""

from __future__ import annotations

from quote_support import speaker_of


def test_the_company_is_no_government_office(nlp) -> None:
    text = ("Ford says that it might need as much as $20 billion from the US Treasury Department.\n\n"
            "The company has warned that it could run out of cash by April without more aid.")
    assert speaker_of(nlp, text, "it could run out of cash by April") == "Ford"


def test_the_company_is_no_government_named_last(nlp) -> None:
    text = ("Japanese car maker Honda confirmed it has asked for help to keep its plant open.\n\n"
            "In short, the company wants a grant from the Australian Government.\n\n"
            "The company has said it needs the money by June.")
    # not "has refused to say how much money it wants": an answer held back reports nothing (test_withheld_words)
    assert speaker_of(nlp, text, "it needs the money by June") == "Honda"


def test_an_object_of_the_acting_companys_sentence_gives_way(nlp) -> None:
    text = ("Delta Energy delayed its plan to build a pipeline from the Sunrise gas project to Darwin.\n\n"
            "The company blamed the delay on the tax regime.")
    assert speaker_of(nlp, text, "the delay on the tax regime") == "Delta Energy"


def test_the_organisation_named_last_still_speaks_when_it_acted(nlp) -> None:
    # the rule leaves alone an organisation that was itself the subject of its sentence
    text = ("Ford said it would cut prices.\n\n"
            "Later, Toyota announced it would match the cuts.\n\n"
            "The company said the cuts would last until June.")
    assert speaker_of(nlp, text, "the cuts would last until June") == "Toyota"
