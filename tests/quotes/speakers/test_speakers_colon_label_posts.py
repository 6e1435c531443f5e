"""A match report's round-up of reactions, "- <Club> boss <Name>: “…”", signs each quotation with the person after
the club's name and the post (real model; DESIGN.md: a speaker is the person the article names). The sentences are
our own; the rule is quotes/colon_labels.py _post_before.
"""

from __future__ import annotations

from quote_support import quote_with

_ROUND_UP = (
    "Harlow Rovers beat Wingers United 2-0 on Saturday.\n\n"
    '- Harlow Rovers boss Tom Bexley: "We were the better side and deserved the win."\n\n'
    '- Wingers United manager Sir Sam Trent: "We did not turn up today."'
)


def test_a_post_and_a_club_before_a_labels_name_still_sign_the_quotation(nlp) -> None:
    assert quote_with(nlp, _ROUND_UP, "better side").speaker == "Tom Bexley"
    assert quote_with(nlp, _ROUND_UP, "did not turn up").speaker == "Sam Trent"


def test_a_label_with_no_persons_name_signs_nothing(nlp) -> None:
    text = 'Harlow Rovers beat Wingers United 2-0 on Saturday.\n\n- Wingers United fans: "We did not turn up today."'
    assert quote_with(nlp, text, "did not turn up").speaker is None
