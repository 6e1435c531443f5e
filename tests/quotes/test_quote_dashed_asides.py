"""An aside set off by a pair of dashes inside reported content ('would offer a bonus -- its first in a decade --
and new shares to its staff') leaves the content whole: what follows the closing dash goes on with it (real model).
Not a clause of the writer's own after the aside, not a second act of the source, not words after an aside in
quotation marks."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, content, cue", [
    ("Smith said the company would offer a bonus -- its first in a decade -- and new shares to its staff.",
     "the company would offer a bonus -- its first in a decade -- and new shares to its staff", "said"),
    ("Smith said the firm would buy the plant -- a rare move -- from its rival for 5 mln dlrs.",
     "the firm would buy the plant -- a rare move -- from its rival for 5 mln dlrs", "said"),
    (("The bank said it sees no change in its lending policy -- it now lends mostly to farmers -- and plans to "
     "open two branches next year."),
     ("it sees no change in its lending policy -- it now lends mostly to farmers -- and plans to open two branches "
     "next year"), "said"),
])
def test_content_runs_on_past_a_dashed_aside(nlp, text, content, cue):
    q = find(quotes_of(nlp, text), content[:15])
    assert (q.text, q.cue, q.kind) == (content, cue, "indirect")


@pytest.mark.parametrize("text, content", [
    ("Since Brown proposed a new levy -- which the board turned down too -- there has been talk of a compromise.",
     "a new levy"),
    ("The council had promised a quick repair of the bridge -- which reopened on Friday -- and began work in May.",
     "a quick repair of the bridge"),
])
def test_content_stops_before_the_aside(nlp, text, content):
    q = find(quotes_of(nlp, text), content[:10])
    assert q.text == content, q.text
