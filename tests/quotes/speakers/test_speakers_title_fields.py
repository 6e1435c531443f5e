"""A post with the field it is over ("director of rugby") before a name is the role, not part of the name (real
model).

Our own sentences, in the shape of a speaker error read on unseen news: a club's "director of rugby" named before
the person was shown as one speaker "Director of rugby <Name>", the title left on (DESIGN.md: the name without titles
or roles). An "of" phrase that is no field ("of both academies") is not taken into the role.
"""

from __future__ import annotations

from quote_support import described


def test_a_post_over_a_field_is_the_role(nlp) -> None:
    text = ("Bristol fought back to win 24-20 after trailing at the break. Director of rugby Ellen Marsh revealed "
            "that a stern word at half-time had lifted her side.")
    assert described(nlp, text, "stern word at half-time") == ("Ellen Marsh", "Director of rugby", None)


def test_other_posts_are_no_field(nlp) -> None:
    text = ("Bristol fought back to win 24-20 after trailing at the break. Director of both academies Ellen Marsh "
            "revealed that a stern word at half-time had lifted her side.")
    speaker, role, _ = described(nlp, text, "stern word at half-time")
    assert speaker == "Ellen Marsh" and role is None
