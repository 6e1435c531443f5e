"""Two posts joined by 'and' after a name are both the role: '<Name>, chairman and chief executive officer of
<Firm>,' holds the two, as the article gives them (names README); the first alone was shown (real model).

Our own sentences and names; a word after 'and' that is no post is left out as before."""

from __future__ import annotations

from store.analysis import analyze


def _quotes(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.speaker, q.speaker_role, q.affiliation) for q in analyze(nlp, text).quotes]


def test_two_posts_after_the_name(nlp) -> None:
    text = ("NEW YORK, May 1 - John Miller, chairman and chief executive officer of Acme Corp, said profits would "
            "rise this year.\n")
    assert _quotes(nlp, text) == [("John Miller", "chairman and chief executive officer", "Acme Corp")]


def test_two_posts_with_no_firm_after_them(nlp) -> None:
    text = "CHICAGO, May 1 - Ann Lee, president and chief operating officer, told reporters the mill opens in June.\n"
    assert _quotes(nlp, text)[0][:2] == ("Ann Lee", "president and chief operating officer")


def test_a_word_after_and_that_is_no_post(nlp) -> None:
    text = "NEW YORK, May 1 - Bill Ross, a director and shareholder of Acme Corp, said he would sell.\n"
    assert _quotes(nlp, text) == [("Bill Ross", "director", "Acme Corp")]
