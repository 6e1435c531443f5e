"""'The union said' is the one union the article names, and 'a union spokesman' speaks for it (real model).

Our own sentences, in the shape of a speaker error read on unseen newswire: a strike story names the union in full
once, then lets it speak as "the union" or through "a union spokesman"; the reader saw the bare word "union" as the
speaker, or a spokesman of no body. An article naming two unions, or only a firm with "Workers" in its name, is left
as it was.
"""

from __future__ import annotations

from quote_support import described, speaker_of


def test_the_union_is_the_named_union(nlp) -> None:
    text = ("OTTAWA, May 12 - About 9,000 members of the Canadian Paper Workers walked off the job at six "
            "pulp mills in Quebec early on Tuesday.\n\n"
            "Talks on a new two-year contract broke down late on Monday, the union said.")
    assert speaker_of(nlp, text, "new two-year contract") == "Canadian Paper Workers"


def test_a_union_spokesman_speaks_for_the_named_union(nlp) -> None:
    text = ("OTTAWA, May 12 - About 9,000 members of the Canadian Paper Workers walked off the job at six "
            "pulp mills in Quebec early on Tuesday.\n\n"
            "No new talks have been set with the mill owners, a union spokesman said.")
    assert described(nlp, text, "No new talks") == ("union spokesman", None, "Canadian Paper Workers")


def test_two_unions_leave_the_union_alone(nlp) -> None:
    text = ("OTTAWA, May 12 - Members of the Canadian Paper Workers and the Quebec Pulp Machinists walked off the "
            "job at six pulp mills in Quebec early on Tuesday.\n\n"
            "Talks on a new two-year contract broke down late on Monday, the union said.")
    assert speaker_of(nlp, text, "new two-year contract") == "union"


def test_a_firm_named_for_workers_is_no_union(nlp) -> None:
    text = ("DAYTON, Ohio, May 12 - Metal Workers Supply Inc said it would close its oldest plant in Ohio by the "
            "end of the year.\n\n"
            "Talks on a new two-year contract broke down late on Monday, the union said.")
    assert speaker_of(nlp, text, "new two-year contract") == "union"


def test_a_blank_speaker_is_no_union_word() -> None:
    from store.analysis.quotes.union_voices import _union_word

    assert not _union_word(" ") and not _union_word(None)
    assert _union_word("union spokesman")
