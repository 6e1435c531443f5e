""""Governor <Name>" with no body run into the title, in an article about a central bank, is that bank's governor:
the one central bank the article names ("The Kenyan central bank held ... Governor <Name> said ... the Central
Bank of Kenya"), or the story's own ("The Bank of Canada cut ..."); not a state's governor in an article with no
central bank, nor "Bank of America", nor a foreign central bank named in passing (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with


def test_governor_of_the_bank_named_later(nlp) -> None:
    text = ("The Kenyan central bank held its benchmark rate at 9 percent on Tuesday.\n\n"
            "\"We are comfortable with where inflation is heading,\" Governor Daniel Mwangi told reporters in Nairobi. "
            "The Central Bank of Kenya will meet again in June.")
    q = quote_with(nlp, text, "We are comfortable with where inflation")
    assert q.speaker == "Daniel Mwangi"
    assert q.affiliation == "Central Bank of Kenya"


def test_governor_of_the_story_bank(nlp) -> None:
    text = ("The Bank of Canada cut its key rate by a quarter point on Wednesday.\n\n"
            "Governor Claire Dubois said the economy had slowed more than expected.")
    q = quote_with(nlp, text, "the economy had slowed")
    assert q.speaker == "Claire Dubois"
    assert q.affiliation == "Bank of Canada"


def test_a_state_governor_is_no_bank_officer(nlp) -> None:
    text = ("Flooding closed roads across the state on Monday.\n\n"
            "Governor Tom Haskins said the National Guard would help. "
            "Bank of America said it would defer mortgage payments.")
    q = quote_with(nlp, text, "the National Guard would help")
    assert q.speaker == "Tom Haskins"
    assert q.affiliation is None


def test_a_foreign_central_bank_named_in_passing(nlp) -> None:
    text = ("The Philippine central bank is expected to hold rates on Thursday.\n\n"
            "Governor Ramon Castillo said the bank had room to act. "
            "Markets are also watching the U.S. Federal Reserve.")
    q = quote_with(nlp, text, "the bank had room to act")
    assert q.speaker == "Ramon Castillo"
    assert q.affiliation is None
