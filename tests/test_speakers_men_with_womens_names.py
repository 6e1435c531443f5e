"""A 'he' after a named speaker whose given name the name lists give to women (real model).

Our own sentences, in the shape of a speaker error read on unseen news: a man whose given name the lists hold for a
woman's ("Andrea", "Izumi") was passed over by the 'he' after his quotation, which went to a person named inside
his own words. An article that never says "she" or "her" has no woman the 'he' could be kept from; where it does,
the name is still read as a woman's.
"""

from __future__ import annotations

from quote_support import speaker_of

ITALIAN = ("ROME - The ruling coalition will lose seats in the regional vote, according to most polls.\n\n"
           "\"The centre parties should keep Milan. But Marco Rossi holds the south,\" said Andrea Bellini, a "
           "professor of politics at a university in Turin{her}.\n\n"
           "\"The premier will stay in office until the spring if his allies win in Milan,\" he said.")


def test_he_is_the_man_named_before_his_words(nlp) -> None:
    text = ITALIAN.format(her="")
    assert speaker_of(nlp, text, "stay in office until the spring") == "Andrea Bellini"


def test_he_after_a_japanese_given_name(nlp) -> None:
    text = ("TOKYO - Exporters expect the yen to rise further, traders said.\n\n"
            "\"The central bank may step in again. But Governor Sato will not cut rates soon,\" said Izumi Kondo, "
            "chief economist at a Tokyo securities house.\n\n"
            "\"I see no change in policy before the summer,\" he said.")
    assert speaker_of(nlp, text, "no change in policy before the summer") == "Izumi Kondo"


def test_a_woman_the_article_calls_her_is_no_he(nlp) -> None:
    text = ITALIAN.format(her=", who gave her view by telephone")
    assert speaker_of(nlp, text, "stay in office until the spring") != "Andrea Bellini"
