"""'The senator', 'the prince' alone as a speaker (issue 12), with the real model and pipeline: the person given with
that title ("Sen. Ana Ruiz"), or, when the article never gave the title with a name, the person who was the subject
just before. Sentences of our own, in the shapes read on unseen political copy.
"""

from __future__ import annotations

from quote_support import quotes_of


def test_the_senator_is_the_person_who_was_the_subject_just_before(nlp) -> None:
    text = ("Candidates crossed the state on Monday ahead of the primary.\n\n"
            "Marco Rubio sought to lift spirits as he stopped by his campaign office in Manchester. Walking in to "
            "cheers, the senator said his campaign here was closing strongly.")
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == "Marco Rubio"


def test_the_senator_with_a_charge_is_the_one_given_as_sen(nlp) -> None:
    text = ("Candidates condemned the test on Wednesday.\n\n"
            "Sen. Anna Kowalski responded first, attacking the White House late on Tuesday.\n\n"
            "\"I have warned for months that this regime is run by reckless men while the president has stood idly "
            "by,\" the Ohio senator said in a statement.")
    assert [q.speaker for q in quotes_of(nlp, text) if q.kind == "direct"] == ["Anna Kowalski"]


def test_a_senator_named_pages_before_is_not_the_senator_of_this_paragraph(nlp) -> None:
    text = ("In the Democratic race, Sen. Bernie Sanders kept his lead in the polls of New Hampshire voters.\n\n"
            "Sanders held three rallies and spoke about wages, trade and the cost of college for families.\n\n"
            "For the Republicans, the race changed after a debate in which several candidates stumbled badly.\n\n"
            "Marco Rubio sought to lift spirits as he stopped by his campaign office in Manchester. Walking in to "
            "cheers, the senator said his campaign here was closing strongly.")
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == "Marco Rubio"


def test_a_subject_inside_the_quoted_words_does_not_hold_the_seat(nlp) -> None:
    text = ("Candidates condemned the test on Wednesday.\n\n"
            "\"This regime is run by reckless men while President Barack Obama has stood idly by,\" the senator "
            "said in a statement.")
    assert "Barack Obama" not in [q.speaker for q in quotes_of(nlp, text)]


def test_the_governor_is_not_a_man_named_only_in_a_clause_about_the_day(nlp) -> None:
    # the paragraph before names Tom Reed as the subject of an "after" clause only: the story follows Maria Lopez
    text = ("Maria Lopez says too much is made of the new tariffs.\n\n"
            "The Democratic candidate was speaking on Friday in Boulder, Colorado, hours after Tom Reed unleashed a "
            "flurry of attacks on her plan.\n\n"
            "The Colorado governor said farmers and the banks are to blame for the panic.")
    assert [q.speaker for q in quotes_of(nlp, text)][-1] != "Tom Reed"


def test_a_subject_inside_quoted_words_whose_closing_mark_ran_into_the_next_opening(nlp) -> None:
    # '… a corrosive effect. "<Name> is …"': the count of marks takes the second quotation for text outside
    # quotation marks, and its subject for the one the paragraph follows
    text = ("Rob Dane gave the party money last year. Mr Dane said: \"Disunity has a corrosive effect. \"Tom Hale is "
            "a great chancellor who has delivered a stable economy.\" The businessman, whose latest venture is a "
            "hotel in Leeds, also said that the violence in the region was worrying.")
    assert [q.speaker for q in quotes_of(nlp, text) if q.kind == "indirect"] == ["Rob Dane"]
