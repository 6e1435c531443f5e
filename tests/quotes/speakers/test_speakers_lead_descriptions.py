"""A wire lead that gives its source by a description only, named at the next paragraph's report (real model).

Each text is our own, in the shape of leads read on unseen wire copy (DESIGN.md, "Canonical names": the speaker is
the name the article gives, also when it gives it only after the quote).
"""

from __future__ import annotations

from quote_support import speaker_of

ARCHBISHOP = ("LIMA, May 3 - The Archbishop of Lima said on Monday the first thing he would do as mayor would be to "
              "plant trees in every square of the city.\n\n"
              "\"They asked me what I would do first, and I said I would plant trees,\" Archbishop Pedro Alvarado "
              "said at a mass attended by ministers.")

COMPANY = ("OSLO, May 3 - A Norwegian fish farming company said on Monday its first-half profit fell by a third "
           "because salmon prices dropped.\n\n"
           "Nordlaks Havbruk AS, in a statement to the Oslo stock exchange, said net profit was 12 million crowns.")


def test_a_title_in_the_lead_is_the_person_the_next_paragraph_names(nlp) -> None:
    assert speaker_of(nlp, ARCHBISHOP, "plant trees in every square") == "Pedro Alvarado"


def test_a_kind_of_company_in_the_lead_is_the_company_named_next(nlp) -> None:
    assert speaker_of(nlp, COMPANY, "first-half profit fell") == "Nordlaks Havbruk AS"


def test_an_official_in_the_lead_is_the_official_named_next(nlp) -> None:
    text = ("OSLO, May 3 - Norway's chief trade official said on Monday the dispute over salmon tariffs was a passing "
            "storm.\n\n"
            "Erik Brandvold, who as ambassador to Santiago led the talks, told Norwegian radio it looked like Chile "
            "wanted a deal.")
    assert speaker_of(nlp, text, "passing storm") == "Erik Brandvold"


def test_a_person_the_lead_already_names_is_not_its_source(nlp) -> None:
    text = ("TEHRAN, May 3 - Iran has asked France to send back its former minister Karim Farhadi for alleged fraud, "
            "an Iranian embassy spokesman said on Monday.\n\n"
            "Farhadi angered Tehran last week by accusing its leaders of corruption, Karim Farhadi said in Paris "
            "on Tuesday.")
    assert speaker_of(nlp, text, "send back its former minister") == "Iranian embassy spokesman"


def test_someone_of_the_person_talked_about_is_not_the_leads_source(nlp) -> None:
    text = ("TEHRAN, May 3 - Iran has asked France to send back its former minister Karim Farhadi for alleged fraud, "
            "an Iranian embassy spokesman said on Monday.\n\n"
            "Farhadi angered Tehran last week by accusing its leaders of corruption, his lawyer Jean Morel said in "
            "Paris on Tuesday.")
    assert speaker_of(nlp, text, "send back its former minister") == "Iranian embassy spokesman"


def test_a_person_named_next_does_not_speak_for_a_group(nlp) -> None:
    text = ("NAIROBI, May 3 - The main rebel group in the north said on Monday it was trying to free six aid workers "
            "held for nearly two weeks.\n\n"
            "Peter Okello, a spokesman for the Northern Liberation Front, said talks with the local commander had "
            "begun.")
    assert speaker_of(nlp, text, "trying to free six aid workers") != "Peter Okello"


def test_the_police_in_the_lead_stay_the_police(nlp) -> None:
    text = ("LYON, May 3 - Police said on Monday they had arrested two men after a bomb damaged a tax office in the "
            "city centre.\n\n"
            "Inspector Marc Girard said the two men had been seen near the office on Sunday night.")
    assert speaker_of(nlp, text, "arrested two men").lower() == "police"


def test_a_source_kept_unnamed_on_purpose_is_not_the_next_name(nlp) -> None:
    text = ("OSLO, May 3 - Norway's chief trade official said on Monday, on condition of anonymity, that the dispute "
            "over salmon tariffs was a passing storm.\n\n"
            "Erik Brandvold, who as ambassador to Santiago led the talks, told Norwegian radio it looked like Chile "
            "wanted a deal.")
    assert speaker_of(nlp, text, "passing storm") != "Erik Brandvold"
