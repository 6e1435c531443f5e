"""A document the article first gives without its maker ("…, says a report.", "A study found …") speaks for the
maker the article gives with the same document further on: a participle opening the next sentence ("Compiled by X,
the study …") or "the study, carried out by X," in a later paragraph (DESIGN.md, "Canonical names": a report is
attributed to whoever the article says made it). Another document brought in ("a separate report by X") is not the
first one. Real model; sentences of our own."""

from __future__ import annotations

from quote_support import speaker_of


def test_a_lead_report_is_the_maker_a_participle_names_next(nlp) -> None:
    text = ("Quiet cars sell\n\nMost drivers would pay more for a quieter car, says a report.\n\n"
            "Compiled by Marlow Analytics, the study asked 3,000 owners what they disliked about their cars.")
    assert speaker_of(nlp, text, "pay more for a quieter car") == "Marlow Analytics"


def test_a_study_is_the_maker_a_later_paragraph_gives_with_it(nlp) -> None:
    text = ("The Harbour Museum will stay open later on Fridays.\n\n"
            "A study found that most visitors to the museum arrived by bus.\n\n"
            "The late opening starts in May and will run until the autumn.\n\n"
            "The study, carried out by consultancy Harwell Partners, found that few visitors stayed past noon.")
    assert speaker_of(nlp, text, "most visitors to the museum arrived by bus") == "Harwell Partners"


def test_another_report_by_someone_is_not_the_first_ones_maker(nlp) -> None:
    text = ("Few pupils now read for fun, a report says.\n\n"
            "The report found that reading fell in every year group.\n\n"
            "A separate report by the Cobden Trust found that libraries were busier than ever.")
    assert speaker_of(nlp, text, "Few pupils now read for fun") != "Cobden Trust"


def test_a_maker_worded_by_its_kind_then_named_after_a_comma(nlp) -> None:
    text = ("More homes now heat with pumps than with oil.\n\n"
            "According to a tally made by energy watchdog, Gridmark, the shift means that oil boilers are now the "
            "rarest kind.")
    assert speaker_of(nlp, text, "oil boilers are now the rarest kind") == "Gridmark"


def test_a_maker_worded_by_its_kind_then_named_with_the(nlp) -> None:
    text = ("Old hymns are back in fashion.\n\n"
            "A survey done by choir charity the Wesley Trust found that choirs sing older hymns more often than "
            "new ones.")
    assert speaker_of(nlp, text, "choirs sing older hymns") == "Wesley Trust"


def test_a_new_subject_after_a_comma_is_not_the_maker(nlp) -> None:
    text = ("Nurses on night shifts are paid less than they were.\n\n"
            "According to a survey by the union, Marta Klein earns less now than she did in 2001.")
    assert speaker_of(nlp, text, "earns less now than she did") != "Marta Klein"
