"""Entity names and kinds, round 16 (real model, real pipeline): errors seen in US political news of 2015-16 and in
Reuters copy of 1996, each written here in sentences of our own. A headline the body quotes (an email's subject
line) runs a name into its verbs as a headline line does; a court case named by its parties is neither party; a
news outlet named by one word is no person; a wire dateline's place taken for an organisation is not named after the
newsroom of the sign-off. A US state called by its nickname is a place; a speech verb opening a sentence before
the speaker ("Said Lee, …") is no part of the name. A law named after its sponsors ("Glass-Steagall") is a law
without "Act" too, and a party's short name ("Indiana GOP") is never a person. A web address or a spaced dash
ends a name."""

from __future__ import annotations

from entity_support import mentions


def test_a_quoted_headline_gives_its_names_without_its_verbs(nlp) -> None:
    text = ("Lee Under Fire\n\n"
            "House Speaker Paul Ryan said on Monday he would wait. Ryan told reporters the party needed time.\n\n"
            "Her campaign sent an email headlined “Speaker Paul Ryan Joins Growing List of Critics Rebuking the "
            "Plan.”\n\nRyan did not reply.")
    found = mentions(nlp, text)
    assert not any("Joins" in name for _, _, name in found)
    assert {name for text_, _, name in found if text_ == "Ryan"} == {"Paul Ryan"}


def test_a_court_case_named_by_its_parties_is_neither_party(nlp) -> None:
    text = ("The clause surfaced in a 1994 state court case, Hallam v. Hallam, in which the couple fought over "
            "their agreement. Nora Hallam later told reporters that Hallam had signed it freely.")
    found = mentions(nlp, text)
    assert ("Hallam v. Hallam", "LAW", "Hallam v. Hallam") in found
    assert not any(label == "PERSON" and "v." in name for _, label, name in found)


def test_a_news_site_named_by_one_word_is_an_organisation(nlp) -> None:
    text = ("Former Ohio Gov. Dan Kessler told Politico that he would endorse Sen. Ruth Ames on Monday. "
            "Politico also reported that Kessler had met her donors twice.")
    found = mentions(nlp, text)
    assert {label for text_, label, _ in found if text_ == "Politico"} == {"ORG"}


def test_a_datelines_place_is_not_named_after_the_newsroom_of_the_sign_off(nlp) -> None:
    text = ("LONDON, Aug 30 - Dealers marked up soymeal prices by around two pounds a tonne on Friday after "
            "gains in Chicago overnight.\n\n"
            "Trade was quiet, with one deal reported for delivery on the south coast.\n\n"
            "-- Ann Moyes, London Newsroom +44 171 542 0000")
    found = mentions(nlp, text)
    assert ("LONDON", "GPE", "London") in found


def test_a_state_called_by_its_nickname_is_a_place(nlp) -> None:
    text = ("Governor Lena Marsh spoke in Concord on Tuesday. Voters in the Granite State have backed outsiders "
            "before, and Marsh expects them to again in the Buckeye State.")
    found = mentions(nlp, text)
    assert {label for text_, label, _ in found if text_.endswith(" State")} == {"GPE"}


def test_a_speech_verb_opening_the_sentence_is_no_part_of_the_name(nlp) -> None:
    text = ("Governor Lena Marsh spoke in Concord on Tuesday. Voters have backed outsiders before, and Marsh "
            "expects them to again. Said Marsh, \"We will win here.\"")
    found = mentions(nlp, text)
    assert not any(name.startswith("Said") for _, _, name in found)
    assert ("Marsh", "PERSON", "Lena Marsh") in found


def test_a_law_named_after_its_sponsors_is_a_law_without_act_too(nlp) -> None:
    text = ("Could the Glass-Steagall Act return? Senator Ruth Ames has pressed for reinstating Glass-Steagall, "
            "and her rivals say Glass-Steagall is outdated.")
    found = mentions(nlp, text)
    assert not any(label == "PERSON" and "Glass" in name for _, label, name in found)
    assert ("Glass-Steagall", "LAW", "Glass-Steagall") in found


def test_a_partys_short_name_is_never_a_person(nlp) -> None:
    text = ("Anti-Lee sentiment runs hot among GOP leadership in Indiana. \"He is electable,\" said Tom Reed, a "
            "veteran Indiana GOP insider who sits on the district committee. Indiana GOP insiders are working to "
            "build slates, and several district GOP leaders said they would wait.")
    found = mentions(nlp, text)
    assert not any(label == "PERSON" and "GOP" in text_ for text_, label, _ in found)


def test_a_web_address_and_a_spaced_dash_end_a_name(nlp) -> None:
    text = ("Any vote for anyone other than Marco Ruiz is a vote for Donald Trump - and that is a terrible thing, "
            "said Ann Lee.\n\nA summary of the results is here: http://bit.ly/1Tnr3QM.\n\n"
            "\"Old books could come with a lot of dollar signs,\" by the Globe's Joseph P. Kahn: "
            "http://bit.ly/1ICP930.")
    found = mentions(nlp, text)
    assert not any("http" in text_ or text_.endswith("-") for text_, _, _ in found)
    assert ("Donald Trump", "PERSON", "Donald Trump") in found
    assert ("Joseph P. Kahn", "PERSON", "Joseph P. Kahn") in found


def test_a_short_quoted_name_is_not_read_as_a_headline(nlp) -> None:
    text = ("The candidate said so in an interview with Sirius XM's \"Acme News Daily.\" He repeated it "
            "later, citing an Acme News report on the refugees.")
    found = mentions(nlp, text)
    assert not any(name == "Acme News" and text_ == "Acme News Daily" for text_, _, name in found)


def test_a_health_law_called_after_the_president_is_a_law(nlp) -> None:
    text = ("President Barack Obama defended his health law on Monday. Republicans have voted dozens of times to "
            "repeal Obamacare, and Obama said Obamacare was working. Medicare was not part of the dispute.")
    found = mentions(nlp, text)
    assert {label for text_, label, _ in found if text_ == "Obamacare"} == {"LAW"}
    assert ("Medicare", "LAW", "Medicare") not in found
