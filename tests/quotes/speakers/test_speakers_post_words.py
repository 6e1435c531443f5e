"""A post written in lower case with its own words ("the foreign secretary") is held by someone given those words,
and a shadow post is no post held ("Shadow home secretary X" is never "the home secretary") (issue 12), with the
real model and pipeline. Sentences of our own, in the shape read on British political copy."""

from __future__ import annotations

from quote_support import speaker_of

_STRAW = ("Jack Morton has attacked the decision by the court that holding suspects without trial breaks the law of "
          "the land.\n\n"
          "The foreign secretary said the right to life was the most important liberty. New Home Secretary Carl Dean "
          "vowed the men would stay in prison. But Mr Morton denied it amounted to a crisis. The foreign secretary "
          "insisted it was for Parliament to decide.")


def test_the_foreign_secretary_is_not_the_home_secretary_named_before(nlp) -> None:
    assert speaker_of(nlp, _STRAW, "for Parliament to decide") == "Jack Morton"


def test_the_home_secretary_named_with_the_post_keeps_it(nlp) -> None:
    assert speaker_of(nlp, _STRAW, "the men would stay in prison") == "Carl Dean"


def test_a_shadow_post_is_not_the_post(nlp) -> None:
    text = ("Dan Hale has apologised to MPs after his department announced a review of the murder laws by press "
            "release last week.\n\n"
            "The home secretary confirmed the review would start this year. He said it would look at the defence of "
            "provocation. Shadow home secretary Tim Vance welcomed the apology.")
    assert speaker_of(nlp, text, "would start this year") == "Dan Hale"
    assert speaker_of(nlp, text, "defence of provocation") == "Dan Hale"


def test_the_same_post_given_with_the_name_still_names_its_holder(nlp) -> None:
    text = ("Foreign Secretary Jack Morton said the talks had failed. Home Secretary Carl Dean said the men would stay "
            "in prison. The foreign secretary added that he would fly to Geneva.")
    assert speaker_of(nlp, text, "fly to Geneva") == "Jack Morton"


def test_the_shadow_post_named_with_its_holder_is_theirs(nlp) -> None:
    text = ("Shadow chancellor Tim Vance said the budget was a fraud. The shadow chancellor added that taxes would "
            "rise after the election.")
    assert speaker_of(nlp, text, "taxes would rise") == "Tim Vance"
