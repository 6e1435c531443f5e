"""Issue 12's kinds of name error, in wordings of our own that the earlier fixes were not written from (real model).

Each passage is short wire copy in the shape of a mistake seen on unseen news; the rule it tests is general.
"""

from __future__ import annotations

import pytest
from entity_support import entities_of
from quote_support import speaker_of


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # Turkish dotless ı has no mark to strip: "Kilicdaroglu" (tagged an organisation) is "Kılıçdaroğlu"
        (("The opposition leader, Kemal Kılıçdaroğlu, spoke to supporters in Izmir on Saturday. Kilicdaroglu "
         "said the elections would be held on time."), "elections", "Kemal Kılıçdaroğlu"),
        (("The talks were welcomed by Ahmet Yıldız, director of the Institute for Strategic Studies in Ankara. "
         "Yildiz said the deal could hold for years."), "deal could hold", "Ahmet Yıldız"),
    ],
)
def test_a_surname_written_without_letters_that_have_no_mark_is_the_full_name(nlp, text, fragment, speaker):
    assert speaker_of(nlp, text, fragment) == speaker


def test_a_plain_spelling_of_a_dotless_i_is_no_entity_of_its_own(nlp):
    text = ("The opposition leader, Kemal Kılıçdaroğlu, spoke to supporters in Izmir on Saturday. Kilicdaroglu "
            "said the elections would be held on time.")
    names = {name for name, _ in entities_of(nlp, text)}
    assert "Kemal Kılıçdaroğlu" in names and "Kilicdaroglu" not in names


def test_a_surname_speaks_for_the_full_name_the_model_did_not_call_a_person(nlp):
    # the model tags "Tadahiro Sekimoto" a work of art and "Sekimoto" an organisation: no entity joins them
    text = ("\"The company's structure was developed by looking ahead,\" Tadahiro Sekimoto told Reuters in an "
            "interview. NEC is now turning its focus on home electronics, Sekimoto said.")
    assert speaker_of(nlp, text, "home electronics") == "Tadahiro Sekimoto"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # the owner's short name, mistaken by the model for a work of art, still names the company in full
        (("MANILA, March 2 - Bond Corp Holdings Ltd and Atlas Consolidated Mining and Development Corp are still "
         "holding talks on a bail-out package for the troubled mining firm, an Atlas statement said."),
         "bail-out package", "Atlas Consolidated Mining and Development Corp"),
        # a document issued by someone, then "the communique", "the report" alone: whoever issued it
        (("A communique issued by the Organisation of Islamic Cooperation said members rejected the plan. "
         "The communique said the plan violated international law."),
         "violated", "Organisation of Islamic Cooperation"),
        (("A communique issued by the Gulf Cooperation Council said members backed the talks. The communique said "
         "Iran must stop its attacks."), "Iran must stop", "Gulf Cooperation Council"),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(nlp, text, fragment, speaker):
    assert speaker_of(nlp, text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a hyphenated surname is one word of the name: the title inside the long phrase still ends the organisation
        (("Cairo University Political Economy Lecturer Hossam Abdel-Rahman warned that subsidies could not last. "
          "Abdel-Rahman said the government had few options left."), "few options", "Hossam Abdel-Rahman"),
        (("Cairo University Political Economy Lecturer Hossam Abdel-Rahman warned that subsidies could not last. "
          "Abdel-Rahman said the government had few options left."), "subsidies", "Hossam Abdel-Rahman"),
    ],
)
def test_a_full_name_inside_a_long_title_is_the_speaker(nlp, text, fragment, speaker):
    assert speaker_of(nlp, text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a title alone after "the", tagged an organisation by the model, is the person who holds it
        (("Archbishop Desmond Tutu said the commission had done its work. \"We have told the truth,\" the "
         "Archbishop said."), "told the truth", "Desmond Tutu"),
        ("Cardinal Luis Antonio Tagle spoke in Manila on Sunday. \"The poor come first,\" the Cardinal said.",
         "poor come first", "Luis Antonio Tagle"),
    ],
)
def test_a_title_alone_is_the_person_who_holds_it(nlp, text, fragment, speaker):
    assert speaker_of(nlp, text, fragment) == speaker


def test_a_title_alone_is_no_entity(nlp):
    text = ("Archbishop Desmond Tutu said the commission had done its work. \"We have told the truth,\" the "
            "Archbishop said.")
    assert {name for name, _ in entities_of(nlp, text)} == {"Desmond Tutu"}


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a given name opening the sentence is a name, not an unnamed source in lower case
        (("Ahmed, a 34-year-old taxi driver who asked that his surname not be used, said fuel had doubled in price. "
         "\"I cannot feed my family,\" he said."), "feed my family", "Ahmed"),
        # an acronym written as a word, defined in brackets after the full name, is that name
        (("The Department of Environment, Food and Rural Affairs (Defra) said the outbreak was contained. Defra said "
         "farms near the site would be tested."), "farms near the site",
         "Department of Environment, Food and Rural Affairs"),
    ],
)
def test_a_capitalised_word_the_article_shows_is_a_name_keeps_it(nlp, text, fragment, speaker):
    assert speaker_of(nlp, text, fragment) == speaker


def test_a_common_noun_opening_the_sentence_is_still_an_unnamed_source(nlp):
    text = "The minister resigned on Monday. Officials said the post would be filled within a week."
    assert speaker_of(nlp, text, "post would be filled") == "officials"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # the short name opens the company's legal name; the model tagged it a town, the full name not at all
        (("DALLAS, March 24 - Chapman Energy INc said it is launching a major restructuring. Under the plan, Chapman "
         "will exchange securities for all its debentures. Chapman said it also plans to sell its pipeline stake."),
         "pipeline stake", "Chapman Energy Inc"),  # the legal form as usually written (legal_forms.py)
    ],
)
def test_a_companys_short_name_speaks_for_the_company_it_opens(nlp, text, fragment, speaker):
    assert speaker_of(nlp, text, fragment) == speaker

