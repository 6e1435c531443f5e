"""A quotation standing alone in its paragraph, with no cue, after a paragraph of the writer's own that brings a
person in by name, is that person's (real model).

Our own sentences: a mayor quoted, then a paragraph about a trader ("<Name>, who <does something>, has watched …")
and a quotation paragraph with no "said". The runs carry a speaker on only from a quotation right before, so the
words had no source. A paragraph about the council, or one that holds a quotation, names no one to take them.
"""

from __future__ import annotations

from quote_support import speaker_of

_TEXT = ("Saturday, March 14, 2026\n\n"
         "The old fish market in Setúbal will be pulled down next year, the town council said on Monday.\n\n"
         "\"The building is no longer safe,\" Mayor Joaquim Lobo said.\n\n"
         "{middle}\n\n"
         "\"They let it fall apart on purpose. Now they say it is too late.\"\n\n"
         "The council has promised temporary stalls on the harbour front.")


def test_the_person_just_introduced(nlp) -> None:
    middle = ("Deolinda Pereira, who has sold sardines from the same stall for forty years, has watched the roof "
              "leak for a decade.")
    assert speaker_of(nlp, _TEXT.format(middle=middle), "fall apart") == "Deolinda Pereira"


def test_she_after_the_person_introduced(nlp) -> None:
    middle = ("Deolinda Pereira has sold sardines from the same stall for forty years. She has watched the roof "
              "leak for a decade.")
    assert speaker_of(nlp, _TEXT.format(middle=middle), "fall apart") == "Deolinda Pereira"


def test_a_paragraph_about_no_person(nlp) -> None:
    middle = "The market hall was built in 1936 and has been repaired twice since."
    assert speaker_of(nlp, _TEXT.format(middle=middle), "fall apart") is None


def test_a_paragraph_holding_a_quotation(nlp) -> None:
    middle = "Deolinda Pereira, who has sold sardines there for forty years, called the plan \"a disgrace\"."
    assert speaker_of(nlp, _TEXT.format(middle=middle), "fall apart") != "Joaquim Lobo"
