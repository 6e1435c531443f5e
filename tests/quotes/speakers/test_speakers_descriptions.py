"""A person the article describes instead of naming again (issue 12), with the real model and pipeline: "who" after
a description set beside a name, "the billionaire businessman" for the person the paragraph follows, the one who
held the rally rather than the rally, a place the parse made a second subject, "X’s Ana Ruiz", "Sanders’ aides" and
"none". Sentences of our own, in the shapes read on unseen political copy.
"""

from __future__ import annotations

from quote_support import quote_with, quotes_of


def test_who_after_a_description_beside_a_name_is_that_person(nlp) -> None:
    text = ("Voters are watching a billionaire, Tom Vance, clash with Mara Klein, a star anchor at Channel Nine who "
            "questioned his respect for women in a debate.")
    assert quote_with(nlp, text, "his respect").speaker == "Mara Klein"


def test_who_after_the_second_of_two_descriptions_is_the_person_too(nlp) -> None:
    text = ("One is Rita Moreno, a nurse today who was a clerk 25 years ago and an aspiring doctor who felt she was "
            "not taken seriously because she lacked the right degrees.")
    assert quote_with(nlp, text, "not taken seriously").speaker == "Rita Moreno"


def test_who_after_what_a_named_person_is_said_to_be_is_that_person(nlp) -> None:
    text = "Editor's note: Tom Vance is a serial liar and bully who has repeatedly pledged to ban all visitors."
    assert quote_with(nlp, text, "ban all visitors").speaker == "Tom Vance"


def test_who_after_a_list_of_what_a_named_person_is_is_that_person(nlp) -> None:
    text = ("Editor\u2019s note: Tom Vance is a serial liar, rampant xenophobe, racist, misogynist and bully who has "
            "repeatedly pledged to ban all visitors from entering the country.")
    assert quote_with(nlp, text, "ban all visitors").speaker == "Tom Vance"


def test_who_of_an_unnamed_description_stays_unnamed(nlp) -> None:
    text = "Last week the minister appointed a diplomacy chief who had accused the president of lying."
    assert quote_with(nlp, text, "the president of lying").speaker != "minister"


def test_the_billionaire_businessman_is_the_person_the_paragraph_follows(nlp) -> None:
    text = ("Tom Vance has traded his usual rallies for a town hall.\n\n"
            "Vance is taking questions in a lodge in Salem in front of about 230 people.\n\n"
            "The billionaire businessman began by talking about the drug crisis, saying that heroin is now "
            "\"cheaper than candy.\"")
    assert quote_with(nlp, text, "cheaper than candy").speaker == "Tom Vance"


def test_the_magnate_after_a_sentence_about_the_named_man(nlp) -> None:
    text = ("Tom Vance drew the analogy during a campaign speech to more than 3,000 people in Reno on Sunday.\n\n"
            "The billionaire real estate magnate says a hit that used to be a great tackle now draws a penalty.")
    assert quote_with(nlp, text, "great tackle").speaker == "Tom Vance"


def test_the_candidate_named_only_inside_a_clause_before(nlp) -> None:
    text = ("The \"dirty tricks\" that Ben Carter accused his rival's campaign of committing are not on the same level "
            "as the attacks, the candidate said Friday.")
    assert quote_with(nlp, text, "dirty tricks").speaker == "Ben Carter"


def test_a_rally_is_no_speaker_the_one_who_held_it_is(nlp) -> None:
    text = ("On Tuesday, the Vermont senator Bernie Sanders opened a Rochester rally blasting Clinton for promoting "
            "fracking in other countries.")
    assert quote_with(nlp, text, "promoting fracking").speaker == "Bernie Sanders"


def test_a_place_the_parse_made_a_second_subject_does_not_speak(nlp) -> None:
    text = ("Wilder: We will win the west.\n\n"
            "Tuesday at Linfield College in Salem, OR, after winning Oregon in the Democratic primary, Gov. Ann Wilder "
            "(D-OR), said, \u201cI\u2019m getting ready to rent a covered wagon. We\u2019re going to ride all the way to "
            "the coast.\u201d")
    assert quote_with(nlp, text, "covered wagon").speaker == "Ann Wilder"


def test_a_person_named_with_whose_they_are_is_the_person(nlp) -> None:
    text = "\"It will annoy his detractors,\" tweeted Commentary\u2019s Noah Rothman."
    assert quote_with(nlp, text, "annoy his detractors").speaker == "Noah Rothman"


def test_an_owner_written_with_a_bare_curly_apostrophe_is_left_off_an_unnamed_source(nlp) -> None:
    text = "Sanders\u2019 aides say their campaign has no desire to engage in a back-and-forth."
    assert quote_with(nlp, text, "no desire").speaker == "aides"


def test_none_is_no_one(nlp) -> None:
    text = ("Tashfeen Malik passed three background checks, but none uncovered that she talked openly about her "
            "desire to fight.")
    assert quote_with(nlp, text, "talked openly").speaker is None


def test_a_place_and_where_a_firm_is_based_are_no_part_of_its_name(nlp) -> None:
    text = ("Lakeside Savings has eight banks.\n\n"
            "Flint, Mich.-based Bank of Lansing said it will close the 13 offices of the former parent company.")
    assert quote_with(nlp, text, "13 offices").speaker == "Bank of Lansing"


def test_the_town_before_a_firm_based_there_does_not_speak(nlp) -> None:
    text = ("Lakeside Savings has eight banks.\n\n"
            "Boise, Idaho-based Granite Bancorp said it will close the 13 offices of the former parent company.")
    assert quote_with(nlp, text, "13 offices").speaker == "Granite Bancorp"


def test_a_headline_taken_for_one_name_gives_only_the_words_before_its_cue(nlp) -> None:
    text = ("Leaked Emails Reveal Republican Party Donors.\n\n"
            "The party was once asked which of its donors it was most proud of.")
    assert quote_with(nlp, text, "Party Donors").speaker == "Leaked Emails"


def test_a_joint_poll_speaks_for_both_of_its_makers(nlp) -> None:
    text = ("Ruiz leads Vance by seven points among likely voters, according to a USA TODAY/Suffolk University poll "
            "released Monday.")
    quotes = [q for q in quotes_of(nlp, text) if "seven points" in q.text]
    assert sorted(q.speaker for q in quotes) == ["Suffolk University", "USA TODAY"]


def test_the_former_secretary_of_state_is_the_person_the_paragraph_follows(nlp) -> None:
    text = ("Ann Ruiz on Monday spoke about the killing of a driver in Tulsa, arguing that the deaths should be seen as "
            "\"intolerable.\"\n\n"
            "On a morning radio show, the former secretary of state and current Democratic presidential nominee said "
            "she was moved by the protests.")
    assert quote_with(nlp, text, "moved by the protests").speaker == "Ann Ruiz"


def test_the_secretary_is_the_one_given_with_the_title_not_the_last_subject(nlp) -> None:
    text = ("Treasury Secretary James Baker met Japanese Finance Minister Kiichi Miyazawa in Paris on Sunday.\n\n"
            "Miyazawa said Japan would cut rates. The secretary said the dollar had fallen far enough.")
    assert quote_with(nlp, text, "fallen far enough").speaker == "James Baker"


def test_a_person_described_as_based_somewhere_keeps_the_name(nlp) -> None:
    text = ("\"There are two people with the experience to do that,\" said Rick Vale, a Florida-based Republican "
            "strategist who once worked for the governor.")
    assert quote_with(nlp, text, "two people").speaker == "Rick Vale"


def test_the_candidate_is_the_person_given_as_candidate_not_the_last_subject(nlp) -> None:
    text = ("Republican presidential candidate Tom Vance bought the resort in 2012.\n\n"
            "Oliver Hedge, a lawyer for the former owners, said the price was fair. On Oct. 23, during a campaign "
            "appearance at the resort, the candidate boasted of his negotiating skills.")
    assert quote_with(nlp, text, "negotiating skills").speaker == "Tom Vance"


def test_a_description_inside_a_clause_is_not_the_subject_of_its_sentence(nlp) -> None:
    text = ("Graham has been critical of Vance for months. In June, the South Carolina senator called on fellow "
            "Republicans to drop Vance after the billionaire estate mogul claimed that a judge was unfit to serve.")
    assert quote_with(nlp, text, "unfit to serve").speaker != "Graham"


def test_a_joint_poll_opening_a_sentence_leaves_its_article_off(nlp) -> None:
    text = "A CNN/ORC poll released Monday found that Ruiz leads Vance by seven points."
    quotes = [q for q in quotes_of(nlp, text) if "seven points" in q.text]
    assert sorted(q.speaker for q in quotes) == ["CNN", "ORC"]
