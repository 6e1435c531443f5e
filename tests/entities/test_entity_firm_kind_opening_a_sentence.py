"""A firm's kind written first in a sentence, capitalised only because it comes first ('Publisher Tarnhelm said',
'* Conglomerate Vessiere fell', 'Retailer Hollins said'), says the name after it is a firm's, whether the model left
the name bare or ran the kind into it as a person's; 'concern' is such a kind mid-sentence too ('Engineering concern
Varkon'). A kind that opens firms' names ('Union Pacific') and a person's full name after the kind stay as they are
(real model and pipeline).

Passages of our own in the shape of wire copy.
"""

from __future__ import annotations

from entity_support import label_by_text, labels_of


def test_a_publisher_after_the_dateline_is_a_firm(nlp) -> None:
    text = "OSLO, June 9 - Publisher Tarnhelm said on Friday it would cut 300 jobs."
    assert labels_of(nlp, text, "Tarnhelm") == {"ORG"}


def test_a_conglomerate_opening_a_bulleted_line_is_a_firm(nlp) -> None:
    text = "Markets were mixed. * Conglomerate Vessiere fell 3 pct on news of a bid."
    assert labels_of(nlp, text, "Vessiere") == {"ORG"}


def test_a_retailer_run_into_the_name_is_cut_off(nlp) -> None:
    text = ("Sales rose. Retailer Hollins said on Monday sales rose 5 percent. "
            "Hollins also said it would open two stores.")
    found = label_by_text(nlp, text)
    assert found.get("Hollins") == "ORG" and "Retailer Hollins" not in found


def test_an_engineering_concern_is_a_firm(nlp) -> None:
    text = "PARIS, May 3 - Engineering concern Varkon said on Monday its profit rose."
    assert labels_of(nlp, text, "Varkon") == {"ORG"}


def test_a_name_opened_by_a_kind_and_a_person_after_a_kind_stay(nlp) -> None:
    text = "Union Pacific said on Monday its traffic rose. Publisher Rupert Murdoch bought the paper."
    found = label_by_text(nlp, text)
    assert found.get("Union Pacific") == "ORG" and found.get("Rupert Murdoch") == "PERSON"
