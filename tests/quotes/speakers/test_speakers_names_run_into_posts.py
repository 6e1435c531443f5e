"""A junior minister's long post run into his name (real model; our own sentences, in the shape of a fault read on
web news of 2000-2007).

"Minister of State for <A> and <B> <Name>" came out as an organisation "<B> <Name>": the quote's speaker was
"<B> <Name>" with no role, and the "he said" after it went to another minister. A portfolio after "Minister of State
for" is the post's, and so is a portfolio word no list holds ("Coastal") when the run ends in a known one.
"""

from __future__ import annotations

from quote_support import described

JUNIOR = (
    "Norland's Minister of State for Science and Technology and Coastal Development Arvid Kessler told "
    'reporters the alarm had come too late. "We could have reacted faster," he said.'
)


def test_a_junior_ministers_portfolio_is_the_post_not_the_name(nlp) -> None:
    post = "Minister of State for Science and Technology and Coastal Development"
    assert described(nlp, JUNIOR, "alarm had come") == ("Arvid Kessler", post, None)
    assert described(nlp, JUNIOR, "reacted faster") == ("Arvid Kessler", post, None)


def test_a_hyphenated_post_is_whole(nlp) -> None:
    text = "Visiting Under-Secretary of State for Economic Affairs Lena Moss told reporters the talks had stalled."
    assert described(nlp, text, "talks had stalled")[:2] == (
        "Lena Moss",
        "Under-Secretary of State for Economic Affairs",
    )


def test_a_secretary_of_a_known_portfolio_is_unchanged(nlp) -> None:
    text = "Secretary of Labor Carl Heng told reporters the plan would cost jobs."
    assert described(nlp, text, "plan would cost")[:2] == ("Carl Heng", "Secretary of Labor")


def test_a_body_named_for_its_fields_before_a_name_is_no_post(nlp) -> None:
    # 'Institute of …' is no post: the name after the body's keeps what the model made of it
    text = (
        '"The results are clear," said Professor Ian Marsh of the Institute of Marine Research, which ran the survey.'
    )
    assert described(nlp, text, "results are clear")[0] == "Ian Marsh"
