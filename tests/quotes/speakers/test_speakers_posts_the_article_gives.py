"""A post the article sources a quote to ("The attorney general said …") is the one person the article gives that
very post, though another source spoke in between (real model; DESIGN.md: a speaker is the person the article names,
not a descriptor). The sentences are our own; the rule is quotes/posts_as_sources.py posts_the_article_gives.
"""

from __future__ import annotations

import pytest

from store.analysis import analyze

_NAMED = (
    '"Fraud by mail must end," said Dana Whitlock, Ohio attorney general, on Tuesday. The firms denied any wrongdoing, '
    "and their lawyer Ben Carr said the suit had no merit.\n\n"
)


def _speakers(nlp, text: str) -> list[str | None]:
    return [q.speaker for q in analyze(nlp, text).quotes]


@pytest.mark.parametrize(
    "text",
    [
        _NAMED + "The attorney general said the firms had sent millions of letters.",
        # the place before the post is where the post is held, no other body's
        _NAMED + "The Ohio attorney general said the firms had sent millions of letters.",
    ],
)
def test_a_post_one_person_holds_is_that_person(nlp, text) -> None:
    speakers = _speakers(nlp, text)
    assert speakers[-1] == "Dana Whitlock"
    assert "Ben Carr" in speakers  # the lawyer in between keeps his own words


def test_a_post_read_as_the_only_person_named_is_theirs_later(nlp) -> None:
    # the resolver reads the first "the home secretary" as the one person named so far; the later one, after a
    # spokeswoman and a report of no one's, is that person too
    text = (
        "Tom Brack has apologised to MPs after his department announced a review of the drug laws too early.\n\nThe "
        "home secretary confirmed the review would begin next year. A department spokeswoman said the terms had not "
        "been set.\n\nThe review was expected to be announced in a debate on Wednesday. But it never came, with the "
        "home secretary saying the debate had not reached that stage."
    )
    assert _speakers(nlp, text)[-1] == "Tom Brack"


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # a former holder is not the holder the article leaves unnamed
        (
            _NAMED.replace("Dana Whitlock, Ohio", "Dana Whitlock, former Ohio")
            + "The attorney general said the firms had sent millions of letters.",
            "attorney general",
        ),
        # an unnamed holder the article brings in with "a" is the one "the spokesman" goes on as
        (
            (
                '"We will appeal," said Ben Carr, spokesman for the Acme Trust. A spokesman for the ministry said the '
                "plan would go ahead.\n\nThe spokesman said the ministry had asked the trust for its views."
            ),
            "spokesman",
        ),
        # another body's post: the firm's director is no FBI director
        (
            _NAMED.replace("Fraud by mail must end", "Our sales will grow").replace(
                "Ohio attorney general", "Acme director"
            )
            + "The FBI director said the firms had sent millions of letters.",
            "FBI director",
        ),
    ],
)
def test_a_post_of_someone_else_is_left(nlp, text, left) -> None:
    assert _speakers(nlp, text)[-1] == left
