"""A firm's name that closes the sentence on its legal form ('was made to Northern Grain Traders Inc.') is the
object of the content's last preposition: the content takes it in, where the parse, reading the legal form's stop
as the sentence's, had left the content ending on 'to' (real model). Not a name with more words after it, nor a
preposition that has its object."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, content", [
    (("The department said the subsidy came to 98.25 dlrs a tonne and went to Northern Grain Traders Inc. "
     "The bonus will be paid in kind."),
     "the subsidy came to 98.25 dlrs a tonne and went to Northern Grain Traders Inc."),
    (("The county said its new pumps were built for the water board by Valley Engine Works Corp. "
     "They will be installed in May."),
     "its new pumps were built for the water board by Valley Engine Works Corp."),
])
def test_content_takes_in_the_firm_it_was_cut_from(nlp, text, content):
    q = find(quotes_of(nlp, text), content[:12])
    assert (q.text, q.kind) == (content, "indirect")


@pytest.mark.parametrize("text, content", [
    ("The firm said it sold the unit to Smith Brothers Inc and will use the proceeds to cut debt.",
     "it sold the unit to Smith Brothers Inc and will use the proceeds to cut debt"),
    ("The bank said it had agreed to lend money to farmers. Green Valley Co. was not named.",
     "it had agreed to lend money to farmers"),
])
def test_content_left_as_it_was(nlp, text, content):
    q = find(quotes_of(nlp, text), content[:12])
    assert q.text == content, q.text
