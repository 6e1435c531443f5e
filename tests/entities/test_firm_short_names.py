"""A firm the article names in full and later by a short name (issue 12: one referent for entities and speakers),
with the real model and pipeline.

Passages of our own in the shape of wire copy: a firm named after its founder's initials and surname is called by
the surname ("K.L. Varnholt and Co" ... "Varnholt said"), unless the article names a person of that surname; a
speaker written by a firm's short name the model left untagged is still an entity, under the firm's name.
"""

from __future__ import annotations

from entity_support import mentions

from store.analysis import analyze

INITIALLED = ("CHICAGO, May 5 - K.L. Varnholt and Co said its quarterly profit rose 12 pct on higher fees. "
              "Varnholt said deposits reached 3.1 billion dlrs by late March.")


def test_the_surname_after_a_firms_initials_is_the_firm(nlp) -> None:
    assert ("Varnholt", "ORG", "K.L. Varnholt and Co") in mentions(nlp, INITIALLED)
    speakers = {q.speaker for q in analyze(nlp, INITIALLED).quotes if "deposits reached" in q.text}
    assert speakers == {"K.L. Varnholt and Co"}


def test_the_surname_of_a_person_named_in_full_stays_the_persons(nlp) -> None:
    text = ("BOSTON, May 5 - Tom Varnholt, chairman of K.L. Varnholt and Co, said the firm would open two branches. "
            "Varnholt said profits would rise.")
    assert ("Varnholt", "PERSON", "Tom Varnholt") in mentions(nlp, text)
    assert {q.speaker for q in analyze(nlp, text).quotes if "profits would rise" in q.text} == {"Tom Varnholt"}


def test_a_speaker_written_by_a_firms_short_name_is_an_entity(nlp) -> None:
    text = ("SEATTLE, June 4 - Lateral Systems Inc said it would acquire a disk drive maker for 12 mln dlrs.\n\n"
            "Lateral said the purchase would add to earnings next year.")
    assert ("Lateral", "ORG", "Lateral Systems Inc") in mentions(nlp, text)


def test_a_speaker_written_in_lower_case_is_no_entity(nlp) -> None:
    text = ("OMAHA, April 4 - Prudent Corp said it would leave the insurance business by the end of the year.\n\n"
            "The company said the move would free capital for its banking arm.")
    assert not any(words.lower() == "the company" or words == "company" for words, _, _ in mentions(nlp, text))


# a firm whose name opens with a people's adjective: the adjective before a common noun is the country's
NATIONAL = ("TORONTO, May 4 - Canadian Rail Services Ltd said it sold its bus unit to Harbour Group for 40 mln "
            "Canadian dlrs. The company said Canadian rail traffic grew eight pct last year. Canadian said it would "
            "keep its freight arm.")


def test_a_peoples_adjective_before_a_noun_is_not_the_firm_it_opens(nlp) -> None:
    found = [(text, label, name) for text, label, name in mentions(nlp, NATIONAL) if text == "Canadian"]
    assert found[:2] == [("Canadian", "NORP", "Canadian")] * 2
    assert found[2] == ("Canadian", "ORG", "Canadian Rail Services Ltd")


def test_a_firms_own_word_before_a_noun_stays_the_firm(nlp) -> None:
    text = ("TORONTO, May 4 - Norcan Steel Ltd said shipments rose. Orders for Norcan steel sheet grew four pct in the "
            "quarter.")
    assert ("Norcan", "ORG", "Norcan Steel Ltd") in mentions(nlp, text)
