"""An aside opened by "as" whose verb of saying is a perfect with its subject ('as the Ledger has reported', 'as
the auditors have noted before', 'as tax lawyers have pointed out') reports the sentence around it for that
subject, as the simple past does ('as the Ledger reported'). The tagger reads the perfect's participle as VBN,
which the rule took for passive wording ('as stated above'), so the aside reported nothing or gave its report to
no one (real model)."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("As the Harbour Gazette has reported, the mayor is the largest recipient of gifts from builders.",
     "the mayor is the largest recipient of gifts from builders", "Harbour Gazette"),
    ("As the auditors have noted before, the council never published the audit of the ferry contract.",
     "the council never published the audit of the ferry contract", "auditors"),
    ("As several tax lawyers have pointed out, the senator is free to publish his returns.",
     "the senator is free to publish his returns", "tax lawyers"),
])
def test_a_perfect_as_aside_reports_the_sentence_for_its_subject(nlp, text, content, speaker):
    q = find(quotes_of(nlp, text), content)
    assert q.text == content
    assert speaker in (q.speaker or "")


@pytest.mark.parametrize("text", [
    "As stated above, the council never published the audit of the ferry contract.",
    "As expected, the council never published the audit of the ferry contract.",
    "As written, the new bylaw bans parking on the quay.",
])
def test_wording_with_no_subject_is_still_no_aside(nlp, text):
    assert not quotes_of(nlp, text)
