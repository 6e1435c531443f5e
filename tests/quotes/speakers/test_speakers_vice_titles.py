"""'the former vice president' is never a 'former President <Name>' named near, nor 'the vice president' a
'President <Name>': a vice, deputy or assistant written in the mention names another post, with the real model and
pipeline. Sentences of our own."""

from __future__ import annotations

from quote_support import speaker_of

_NO_VICE_NAMED = (
    "Senator Dana Whitcomb questioned the plan on Tuesday. “We cannot pay for it,” Whitcomb said. "
    "“I am for Daniel,” the former vice president added, name-dropping former President Daniel Okafor."
)
_VICE_NAMED = (
    "Former Vice President Tom Harlow sparred with his rivals on Thursday.\n\n“I am for Daniel,” the former "
    "vice president added, name-dropping former President Daniel Okafor."
)
_PRESIDENT = "Former President Daniel Okafor spoke at the rally on Thursday. “We must vote,” the former president said."


def test_the_former_vice_president_is_no_former_president(nlp) -> None:
    assert speaker_of(nlp, _NO_VICE_NAMED, "I am for Daniel") != "Daniel Okafor"


def test_the_former_vice_president_given_as_such_speaks(nlp) -> None:
    assert speaker_of(nlp, _VICE_NAMED, "I am for Daniel") == "Tom Harlow"


def test_the_former_president_is_still_the_former_president(nlp) -> None:
    assert speaker_of(nlp, _PRESIDENT, "We must vote") == "Daniel Okafor"
