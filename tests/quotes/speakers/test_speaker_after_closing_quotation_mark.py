""""“…,” <Name>, <post> of <body>, told the crowd.": when the parse makes the cue a conjunct of the quotation's verb,
the source read from the word order is the name before the description, though the quotation's closing mark
stands between the comma and the name; not the post (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with


def test_name_after_the_closing_mark_is_the_speaker(nlp) -> None:
    text = ('"We gave the ministry our plans in March and we have heard nothing since," Ruth Abernathy-Cole, '
            "president of the council, told the crowd.")
    q = quote_with(nlp, text, "heard nothing since")
    assert q.speaker == "Ruth Abernathy-Cole"
    assert q.speaker_role == "president"


def test_plain_trailing_source_unchanged(nlp) -> None:
    text = "Fees will rise again next year, Ruth Abernathy-Cole, president of the council, told the crowd."
    assert quote_with(nlp, text, "Fees will rise").speaker == "Ruth Abernathy-Cole"
