"""Entity names and kinds, round 13: what the whole article says of a name over the model's guess for one mention
(real model, real pipeline).

The sentences are our own, each in the shape of an error seen in unseen Reuters copy: a company's short name read
as a town once, a broker's name before 'analyst' read as a person, a refinery's town read as a person, the initials
written inside a company's angle brackets run into its name.
"""

from __future__ import annotations

from entity_support import entities_of


def test_a_companys_short_name_read_once_as_a_town_is_the_company_when_the_other_mentions_say_so(nlp) -> None:
    text = ("ADELAIDE, March 24 - Bunbury Ltd said it rejected the bid by Santos Ltd. It said the Santos bid was "
            "too low, and Santos had only a small stake. Bunbury has pipelines which complement the operations of "
            "Santos, the big gas producer.")
    found = entities_of(nlp, text)
    assert ("Santos Ltd", "ORG") in found
    assert ("Santos", "GPE") not in found


def test_a_town_that_opens_a_companys_name_stays_a_town_where_it_is_written_as_one(nlp) -> None:
    text = ("HOUSTON, March 20 - Texas Instruments Inc said sales rose in Texas and California. Texas Instruments "
            "said its plant in Texas would expand.")
    found = entities_of(nlp, text)
    assert ("Texas", "GPE") in found
    assert ("Texas Instruments Inc", "ORG") in found


def test_a_name_between_said_and_a_market_job_before_a_persons_name_is_a_firm(nlp) -> None:
    text = ('NEW YORK, June 2 - Analysts were cautious about the results. "They have tried many things," said '
            "Dean Kessler analyst Martin Hale. Hale said sales were flat.")
    found = entities_of(nlp, text)
    assert ("Dean Kessler", "ORG") in found
    assert ("Dean Kessler", "PERSON") not in found
    assert ("Martin Hale", "PERSON") in found


def test_towns_after_a_refinery_at_are_places(nlp) -> None:
    text = ("ROME, June 2 - The refinery at Gela is due to shut down on March 14, and the refineries at Milazzo and "
            "Falconara will not be closing.")
    found = entities_of(nlp, text)
    assert ("Gela", "GPE") in found
    assert ("Gela", "PERSON") not in found
    assert ("Falconara", "GPE") in found


def test_initials_inside_a_companys_angle_brackets_are_a_second_name_for_it(nlp) -> None:
    text = ("PARIS, May 4 - Three groups bid for the state-owned maker <Cie Francaise des Moteurs Electriques "
            "(CFME)>, officials said. The government will choose a buyer for CFME by June.")
    found = entities_of(nlp, text)
    assert ("Cie Francaise des Moteurs Electriques", "ORG") in found
    assert not any("(" in name for name, _ in found)
    assert ("CFME", "ORG") not in found  # the initials map to the name they stand for


def test_two_fields_of_one_post_joined_by_and_are_no_organisation(nlp) -> None:
    text = ("MANILA, April 17 - Baldwin will meet Trade and Industry Secretary Eric Ho and Finance Secretary Jaime "
            "Ortega on Monday. Foreign and Commonwealth Secretary Paul Dean agreed.")
    found = entities_of(nlp, text)
    assert ("Eric Ho", "PERSON") in found
    assert not {name for name, label in found if label == "ORG"} & {"Trade and Industry", "Industry", "Commonwealth"}


def test_a_lawmakers_state_and_chamber_are_two_names(nlp) -> None:
    text = ("WASHINGTON, March 18 - The bill was sponsored by John Lester, a New York House Democrat, and by Bruce "
            "Hall, a House Democrat from Connecticut.")
    found = entities_of(nlp, text)
    assert ("New York", "GPE") in found
    assert ("House", "ORG") in found
    assert ("New York House", "ORG") not in found


def test_the_name_initials_stand_for_in_brackets_after_them_is_the_organisations_name(nlp) -> None:
    text = ("LISBON, May 4 - The state grain buyer EPAC (Empresa Publica de Abastecimento de Cereais) will import "
            "maize, and EPAC said prices were high.")
    found = entities_of(nlp, text)
    assert ("Empresa Publica de Abastecimento de Cereais", "ORG") in found
    assert ("EPAC", "ORG") not in found  # the initials map to the name they stand for
    assert ("Empresa Publica de Abastecimento de Cereais", "PERSON") not in found


def test_a_full_name_with_a_post_after_its_comma_is_a_person(nlp) -> None:
    text = ('"We have been considering the move for quite some time now," Lance Moir, corporate treasurer at '
            "Harwell Plc told Reuters.")
    found = entities_of(nlp, text)
    assert ("Lance Moir", "PERSON") in found
    assert ("Lance Moir", "ORG") not in found


def test_a_town_that_opens_a_companys_name_and_acts_is_the_company(nlp) -> None:
    text = ("LONDON, May 6 - Midland Bank Plc will close its dealing arm. Midland decided the arm cost too much, a "
            "spokesman said.")
    found = entities_of(nlp, text)
    assert ("Midland Bank Plc", "ORG") in found
    assert ("Midland", "GPE") not in found


def test_the_town_stays_a_town_where_the_article_writes_it_as_one(nlp) -> None:
    text = ("CHICAGO, May 6 - Midland Bank Plc will close its office in Midland, Texas. Midland has lost many jobs "
            "this year.")
    found = entities_of(nlp, text)
    assert ("Midland", "GPE") in found


def test_a_person_like_name_opening_a_firms_services_is_the_firm(nlp) -> None:
    text = ("SYDNEY, March 24 - Harbour Oil Ltd told shareholders to wait for advice from Tasman Reid Corporate "
            "Services, its adviser. It said the bid was below the value assessed by Tasman Reid.")
    found = entities_of(nlp, text)
    assert ("Tasman Reid Corporate Services", "ORG") in found
    assert ("Tasman Reid", "PERSON") not in found


def test_initials_set_off_after_a_body_name_it_in_every_untagged_use(nlp) -> None:
    text = ("ROTTERDAM, March 3 - Employers and the port union, FNV, are to meet again today. \"There is still a "
            "large gap between the employers and the FNV,\" a union spokesman said. The chairman accused the FNV of "
            "intransigence, and the measure, PPI, rose.")
    found = entities_of(nlp, text)
    assert ("FNV", "ORG") in found
    assert ("PPI", "ORG") not in found  # a measure is no body


def test_a_name_written_with_its_possessive_before_a_verb_of_reporting_is_the_whole_name(nlp) -> None:
    text = ("NEW YORK, May 4 - The fund was praised in Barron's last week. Barron's said its managers had beaten "
            "the market. The decision was Reagan's, and Reagan's aides said he would sign it.")
    found = entities_of(nlp, text)
    assert ("Barron's", "ORG") in found
    assert ("Barron", "ORG") not in found
    assert ("Reagan's", "ORG") not in found


def test_a_firm_opening_a_wire_story_keeps_its_first_word_where_the_parse_ends_a_sentence_inside_it(nlp) -> None:
    # the parser ends a one-word "sentence" after the word that opens the story; no stop stands there
    text = "LONDON, March 3 - Harbour Oil Ltd told shareholders that profits would fall."
    found = entities_of(nlp, text)
    assert ("Harbour Oil Ltd", "ORG") in found
    assert ("Oil Ltd", "ORG") not in found
