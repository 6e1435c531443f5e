"""A figure reported is read against the one it is compared with (real model): the parse hangs "compared with …"
(and a date before it) on the cue, so a forecast or an expectation lost its comparison and ended on the bare
figure. A comparison after words of the writer's own hung on the cue (where it was said) stays out."""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of


@pytest.mark.parametrize("text, content", [
    ("Acme forecast net earnings of about 85 cts a share for the spring quarter, compared with 68 cts a year before.",
     "net earnings of about 85 cts a share for the spring quarter, compared with 68 cts a year before"),
    ("Analysts expect sales of about two billion dlrs this year, compared with 1.8 billion last year.",
     "sales of about two billion dlrs this year, compared with 1.8 billion last year"),
])
def test_the_comparison_goes_with_the_figure(nlp, text, content):
    q = only(quotes_of(nlp, text), content[:20])
    assert q.text == content, q.text


def test_a_comparison_after_where_it_was_said_stays_out(nlp):
    text = "Acme forecast higher earnings at its annual meeting in Boston, compared with a loss last year."
    q = only(quotes_of(nlp, text), "higher earnings")
    assert q.text == "higher earnings", q.text
