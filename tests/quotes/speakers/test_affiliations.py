"""The role and affiliation a quote's speaker is shown with ("Vladimir Putin · President"), from the way the
article describes the person (real model; DESIGN.md, "Canonical names"). The sentences are our own, each in
a shape seen on news the rules in entities/descriptions.py were written from.
"""

from __future__ import annotations

import pytest
from quote_support import described

from store.analysis import analyze


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # an organisation written into the post after the name is the affiliation, not a word of the role
        (("The Association of Coffee Growers (ACG) met in Jakarta on Monday. Peter Olsen, an ACG official who "
          "attended the talks, said prices would rise before the harvest."), "prices would rise",
         ("Peter Olsen", "official", "Association of Coffee Growers")),
        (("Maria Lopez, the Green Party's presumptive nominee for governor, said taxes would fall next year."),
         "taxes would fall", ("Maria Lopez", "presumptive nominee for governor", "Green Party")),
        # a calling after the name is a role, though it is no post at an organisation
        (("Anna Berg, a fashion designer, said the show would move to Paris in the spring."), "show would move",
         ("Anna Berg", "fashion designer", None)),
    ],
)
def test_a_description_after_the_name_gives_the_role_and_affiliation(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # a description in lower case run into the name is the role; the country before it is not
        (("US marine biologist Karen Holt said the reef had lost half its coral since 2016."), "reef had lost",
         ("Karen Holt", "marine biologist", None)),
        (("Wine importer Paolo Serra told the radio that prices would rise by a tenth."), "prices would rise",
         ("Paolo Serra", "Wine importer", None)),
    ],
)
def test_a_description_run_into_the_name_is_the_role(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_a_plural_description_before_two_names_is_no_role(nlp) -> None:
    text = ("Reporters asked officers Michel Garnier and Luc Bernard about the case. "
            "Garnier said the file had been lost in January.")
    assert described(nlp, text, "file had been lost")[1] is None


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the post runs into the name without commas, its own "of" phrase or owner between
        (("Yesterday, former President of France Nicolas Sarkozy was chosen by the board to lead the fund. Sarkozy "
          "said in a statement, \"I am honored.\""), "honored", ("Nicolas Sarkozy", "former President", None)),
        ("At the hearing, the union's lawyer Alan Brody said he could not represent both groups.",
         "could not represent", ("Alan Brody", "lawyer", None)),
        # the parse hangs the name on the place of the post: the post is still the role
        (("The mayor of Madrid, Luis Ortega, wrote on Twitter: \"Madrid is mourning its family this afternoon "
          "after this appalling attack.\""), "mourning", ("Luis Ortega", "mayor", None)),
    ],
)
def test_a_post_before_the_name_is_the_role(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # a group the article leaves unnamed is the affiliation as written, without its country
        (("SAO PAULO, March 3 - Bank workers will strike on Monday, Jose Pereira, president of the national "
          "confederation which groups the bank unions, told Reuters."), "will strike",
         ("Jose Pereira", "president", "national confederation")),
        (("Exporters must find a common strategy, Luis Gomez, president of Peru's private cotton exporters' "
          "association, said."), "common strategy",
         ("Luis Gomez", "president", "private cotton exporters' association")),
        (("Maria Chan from the pro-government camp said in a press conference: \"The protest is against the "
          "law.\""), "protest is against", ("Maria Chan", None, "pro-government camp")),
    ],
)
def test_a_group_left_unnamed_is_the_affiliation_as_written(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_a_group_with_no_word_that_tells_which_is_no_affiliation(nlp) -> None:
    text = "Jose Pereira, president of the confederation, said the bank workers would strike on Monday."
    assert described(nlp, text, "would strike")[2] is None


def test_a_post_after_the_party_and_state_is_the_role_and_its_body_the_affiliation(nlp) -> None:
    # the party and state between the name and the post; the House's subcommittee is no more the whole House, and
    # what it is on is part of its name (DESIGN.md: the fullest name the article gives)
    text = ("WASHINGTON, March 4 - Housing aid will be cut by a tenth, said Tom Baker, R-Ohio, chairman of the "
            "House banking subcommittee on housing.")
    assert described(nlp, text, "Housing aid") == ("Tom Baker", "chairman", "House banking subcommittee on housing")


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the organisation named beside what it is: "the brokerage house Salomon Brothers"
        (("\"The company will sell the unit,\" said Peter Lang, an analyst with the brokerage house Salomon "
          "Brothers."), "sell the unit", ("Peter Lang", "analyst", "Salomon Brothers")),
        (("DETROIT, March 11 - \"Chrysler doesn't need that many new plants,\" said Peter Lang, automotive analyst "
          "for the Wall Street firm Dillon Read Brothers."), "new plants", ("Peter Lang", "automotive analyst",
                                                                         "Dillon Read Brothers")),
        # a post with its own 'of' phrase run into the name is the whole post
        ("Money has been coming back because of improved confidence, said director of public credit Jose Ramirez.",
         "coming back", ("Jose Ramirez", "director of public credit", None)),
    ],
)
def test_an_organisation_beside_what_it_is_and_a_post_with_its_of_phrase(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # any calling in apposition is the role, not only a post
        ("Lisa Parry, a retired nurse, said, \"I went to bed at one o'clock and the count had stopped.\"",
         "went to bed", ("Lisa Parry", "retired nurse", None)),
        # the country that owns the post is no word of the role
        ("Manuel Rivas, Costa Rica's ambassador, said the talks would resume in May.", "talks would resume",
         ("Manuel Rivas", "ambassador", None)),
        # how to address someone gives way to the post the article gives them
        (("In a news briefing, the director of the institute, Dr Anita Rahman, said the fatalities included four "
          "men."), "fatalities", ("Anita Rahman", "director", None)),
    ],
)
def test_the_role_is_the_calling_without_country_or_form_of_address(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


LEAD = ("LIMA, March 3 - Peruvian fishmeal exporters are preparing for a weak season while urging their government "
        "to press for a resolution of the dispute over fishing quotas, the chairman of the National Fishmeal "
        "Society (NFS) told Reuters.\n\n"
        "{name} said in an interview that prices had fallen by a fifth since January and would fall further.")


def test_a_post_in_the_lead_is_the_person_the_next_paragraph_opens_with(nlp) -> None:
    assert described(nlp, LEAD.format(name="Juan Quispe"), "prices had fallen") == \
        ("Juan Quispe", "chairman", "National Fishmeal Society")


def test_a_post_in_the_lead_gives_its_organisation_to_a_titled_holder(nlp) -> None:
    # the next paragraph opens with a title before the name: the quotes' resolver, not the entities, links them
    text = ("OSLO, March 4 - Norway will not cut its output further to defend prices this year, the chairman of "
            "the Nordic Petroleum Corporation told Reuters today.\n\n"
            "Sheikh Omar al-Rashid said in an interview that the market would recover by the summer.")
    assert described(nlp, text, "market would recover")[1:] == ("chairman", "Nordic Petroleum Corporation")
    assert described(nlp, text, "cut its output")[1:] == ("chairman", "Nordic Petroleum Corporation")
    # a country that owns the post is no affiliation
    text = text.replace("the chairman of the Nordic Petroleum Corporation", "Norway's oil minister")
    assert described(nlp, text, "market would recover")[1:] == ("oil minister", None)


def test_a_lead_that_names_a_person_keeps_its_post_to_itself(nlp) -> None:
    text = LEAD.replace("the chairman of", "Pedro Salas, the chairman of").format(name="Juan Quispe")
    assert described(nlp, text, "prices had fallen")[1:] == (None, None)


def test_a_nationality_in_apposition_is_no_role(nlp) -> None:
    text = "Peter Lange, an Austrian who heads the bank's trade department, told the board the loans were too risky."
    assert described(nlp, text, "loans were too risky")[1] is None


def test_the_post_held_at_the_organisation_is_the_role_rather_than_a_title_alone(nlp) -> None:
    text = "Chairman of the House subcommittee, Rep. Tom Reed, (D-Ore.) said today \"the time has come to act.\""
    assert described(nlp, text, "time has come") == ("Tom Reed", "Chairman", "House subcommittee")


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the parse makes the calling the subject and hangs the name on it; the acronym is the full name given before
        (("Scientists at University College London (UCL) studied the planet.\n\n"
          "\"This is the first planet of its kind,\" said UCL astronomer Angelos Tsiaras."), "first planet",
         ("Angelos Tsiaras", "astronomer", "University College London")),
        # the name is the subject and the calling runs into it
        (("Scientists at University College London (UCL) studied the planet.\n\n"
          "\"It is a good sign,\" said Harvard astronomer Ryan Cloutier."), "good sign",
         ("Ryan Cloutier", "astronomer", "Harvard")),
    ],
)
def test_an_organisation_run_into_a_calling_before_the_name_is_the_affiliation(nlp, text, fragment,
                                                                                expected) -> None:
    assert described(nlp, text, fragment) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # where the person works, between commas after the name: "of", "at"
        (("Nevertheless, Boston analyst Mary Keane, of Kidder Peabody and Co said the market would keep rising "
          "through the spring."), "market would keep rising", ("Mary Keane", "analyst", "Kidder Peabody and Co")),
        (("Economist Paul Grant, at Lloyds Bank in London, said the huge sums of money in the system will keep a "
          "floor under share prices."), "huge sums", ("Paul Grant", "Economist", "Lloyds Bank")),
    ],
)
def test_where_a_person_works_between_commas_is_the_affiliation(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_company_between_commas_with_is_no_affiliation(nlp) -> None:
    # "with" between commas is company kept, not a place of work
    text = "Mary Keane, with Johnson Controls Inc managers beside her, said the plant would close in May."
    assert described(nlp, text, "plant would close")[2] is None


def test_what_a_secretary_has_charge_of_is_no_organisation(nlp) -> None:
    text = ("The governor will be replaced by Ana Torres, the Secretary of Justice for Puerto Rico. Torres said on "
            "Twitter that she did not want the post.")
    assert described(nlp, text, "did not want")[2] is None


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the organisation's initials, left untagged before the post, stand for the name the article gave in full
        (("The bank's lending fell in 1986, the Asian Development Bank said in its annual report.\n\n"
          "ADB chief economist Ravi Menon told Reuters the bank's ordinary lending had declined each year since "
          "1984."), "ordinary lending", ("Ravi Menon", "chief economist", "Asian Development Bank")),
        (("The Royal Canadian Mounted Police said they seized the substance.\n\n"
          "Kamloops RCMP Constable Peter Olson said fentanyl had become a popular drug in the city."),
         "fentanyl had become", ("Peter Olson", "Constable", "Royal Canadian Mounted Police")),
    ],
)
def test_an_organisations_initials_before_the_post_stand_for_its_full_name(nlp, text, fragment,
                                                                            expected) -> None:
    assert described(nlp, text, fragment)[0] == expected[0]
    assert described(nlp, text, fragment)[2] == expected[2]
    assert expected[1] in described(nlp, text, fragment)[1]


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the company the story is about, when the description names it only as "the company" or not at all
        (("CALGARY, March 9 - Norcen Energy, Canada's second oil company, said it will drill two wells this "
          "summer.\n\nReserves in the field are between 68 mln and 70 mln barrels, company spokesman Bob Hale said "
          "from Norcen Energy's Calgary office."), "Reserves in the field", ("Bob Hale", "spokesman", "Norcen Energy")),
        (("HOUSTON, April 24 - Gulfstar Oil Co said first quarter net income dropped 61 pct.\n\n\"Lower prices for "
          "crude oil were the major factor,\" John Barlow, president, said in a statement."), "Lower prices",
         ("John Barlow", "president", "Gulfstar Oil Co")),
        (("HANOVER, March 11 - A spokesman for Kessler AG said it was not yet certain whether the company would pay "
          "a dividend.\n\nManaging board chairman Heinz Vogel said in December the board would prefer to keep its "
          "reserves."), "board would prefer", ("Heinz Vogel", "chairman", "Kessler AG")),
    ],
)
def test_the_company_the_story_is_about_is_its_officers_affiliation(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_a_bare_post_in_a_story_about_no_organisation_has_no_affiliation(nlp) -> None:
    text = ("LONDON, March 9 - Prices will fall, analysts said.\n\n\"Lower prices for crude oil were the major "
            "factor,\" John Barlow, president, said in a statement.")
    assert described(nlp, text, "Lower prices")[2] is None


@pytest.mark.parametrize(
    ("two_committees", "expected"),
    [
        (False, "House Judiciary Committee"),
        (True, None),  # two committees named before: the description does not say which
    ],
)
def test_a_body_named_in_lower_case_is_the_one_the_article_named(nlp, two_committees, expected) -> None:
    text = ("Lawmakers do not all agree on how the inquiry works. Members of the House Judiciary Committee met. "
            + ("The Senate Finance Committee met on Monday. " if two_committees else "")
            + "Republican committee member Dan Keller of Ohio said on Twitter, \"Nobody is conducting a formal "
            "inquiry.\"")
    assert described(nlp, text, "formal inquiry")[2] == expected


def test_an_organisation_run_into_any_calling_before_the_name_is_the_affiliation(nlp) -> None:
    text = ("According to Rutgers University political scholar Karen Dale, \"Women hold fewer than 30 percent of the "
            "seats.\"")
    assert described(nlp, text, "Women hold") == ("Karen Dale", "political scholar", "Rutgers University")


def test_a_name_the_model_read_as_two_gives_no_affiliation_of_its_own(nlp) -> None:
    text = ("Lu Ming-Jen, economic professor at Soochow University, told Reuters: \"The decision came a little bit "
            "late.\" Ko Fei-Lo, vice president at First Commercial Bank, said the government should relax controls.")
    assert described(nlp, text, "decision came")[2] == "Soochow University"
    assert described(nlp, text, "should relax")[2] == "First Commercial Bank"


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the model left the ministry untagged at the start of the paragraph
        (("Prices fell, officials said.\n\nEnvironment Ministry State Secretary Karl Brenner said the government saw "
          "no need for measures."), "no need for measures", "Environment Ministry"),
        # two posts joined by 'and' before the name
        (("Pacific Gas and Electric (PG&E) is upgrading its lines. In a letter published on Monday, PG&E President "
          "and CEO Andrew Vance said the firm was working to install stronger poles."), "firm was working",
         "Pacific Gas and Electric"),
    ],
)
def test_an_organisation_before_the_post_is_found_past_the_models_gaps(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment)[2] == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # the chamber's name is a word of the post's title, not the organisation the person is tied to
        ("Senate President Thomas Rivera said he opposed the swearing-in of the new governor.", "opposed the"),
        # what a secretary has charge of, written into the post
        ("\"We will bring the perpetrators to justice,\" said Delfin Reyes, the Defence Secretary.", "perpetrators"),
        # a title the model took for an organisation
        (("\"Our priority is to locate the stolen item,\" said Detective Inspector Steven Marsh of the police."),
         "stolen item"),
    ],
)
def test_a_title_or_what_it_has_charge_of_is_no_organisation(nlp, text, fragment) -> None:
    assert described(nlp, text, fragment)[2] is None


COMPANY_STORY = ("NEW YORK, March 13 - Dalton Chemical Corp said its 1987 capital spending would be lower than the "
                 "three billion dlrs spent in 1986.\n\n{sentence}")


@pytest.mark.parametrize(
    ("sentence", "fragment", "expected"),
    [
        # an officer's title alone before the name, in a story about a company
        ("Chairman Allen Morris said in the annual report that exploration would be cut.", "exploration would be",
         "Dalton Chemical Corp"),
        ("\"We need a leaner organization,\" said Jim Lord, the company's treasurer.", "leaner organization",
         "Dalton Chemical Corp"),
        # another company's name run into the title
        ("B and C managing director Peter Gold said the unit would be sold at the same multiple.", "unit would be",
         None),
    ],
)
def test_an_officers_title_in_a_companys_story_ties_the_officer_to_the_company(nlp, sentence, fragment,
                                                                                expected) -> None:
    assert described(nlp, COMPANY_STORY.format(sentence=sentence), fragment)[2] == expected


def test_an_officers_title_in_a_story_about_no_company_gives_no_affiliation(nlp) -> None:
    text = ("The Commission on Presidential Debates said on Friday the second debate has been cancelled.\n\n"
            "President Donald Trump said he would not take part in a virtual debate.")
    assert described(nlp, text, "virtual debate")[2] is None


def test_a_post_at_a_place_the_story_does_not_name_is_not_the_storys_organisation(nlp) -> None:
    text = ("The Thames Valley Police said on Saturday a gold toilet was stolen from the palace.\n\n"
            "Dominic Hale, chief executive of the palace, said the artwork was worth six million dollars.")
    assert described(nlp, text, "artwork was worth")[2] is None


def test_an_analyst_in_a_companys_story_is_not_the_companys(nlp) -> None:
    # an analyst mostly works elsewhere; here the firm after the name is left untagged or tagged a person
    text = COMPANY_STORY.format(sentence="\"It raises the specter of consolidation,\" analyst Rosario Ilacqua of "
                                         "L.F. Rothschild said.")
    assert described(nlp, text, "specter")[2] != "Dalton Chemical Corp"


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # a member of parliament's title; the party run into it is the affiliation
        (("Several people spoke at the rally, including Labour MP Tom Walsh. Walsh called the deal \"lousy\" and "
          "said he would vote against it."), "vote against", ("Tom Walsh", "MP", "Labour")),
        (("MP Penny Shaw, who co-sponsored the bill, said, \"The current law has to change.\""), "current law",
         ("Penny Shaw", "MP", None)),
        # the same word before a minister's title is the portfolio, no party
        (("Labour Minister Ana Ruiz said the reform would create jobs."), "reform would create",
         ("Ana Ruiz", "Labour Minister", None)),
    ],
)
def test_a_member_of_parliament_and_the_party_before_the_title(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # wire copy names an analyst's firm with "at" and no comma
        (("Shares of the airline rose on Monday. Julia Brandt at Salomon Brothers said the carrier could move its "
          "jets to busier routes quickly."), "move its jets", ("Julia Brandt", None, "Salomon Brothers")),
        (("The insurer bought a stake in the broker. \"It is a shrewd move,\" said Peter Hall at James Capel and Co. "
          "\"Others will follow.\""), "shrewd move", ("Peter Hall", None, "James Capel and Co")),
    ],
)
def test_a_firm_after_the_name_with_at_is_the_affiliation(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_at_a_place_or_an_event_after_the_name_is_no_affiliation(nlp) -> None:
    text = ("The bank cut its rates on Tuesday. Julia Brandt at a briefing in the Pentagon said the cut would help "
            "exporters.")
    assert described(nlp, text, "cut would help")[2] is None


def test_the_firm_after_a_post_is_the_affiliation_where_the_parse_makes_it_the_subject(nlp) -> None:
    text = ("\"The crop is poor this year,\" Gail Martin, chief meteorologist for E.F. Hutton said.\n\n"
            "Martin said the cold would stay in the grain belt.")
    assert described(nlp, text, "cold would stay") == ("Gail Martin", "chief meteorologist", "E.F. Hutton")


@pytest.mark.parametrize("owner", ["Utrecht's", "the city's financial"])
def test_an_alderman_is_a_post(nlp, owner) -> None:
    text = f"\"Paper is cheaper than the old loans,\" said {owner} alderman Walter Etten after signing the contract."
    assert "alderman" in (described(nlp, text, "cheaper than")[1] or "")


def test_a_lone_word_of_an_organisations_name_before_a_post_is_that_organisation(nlp) -> None:
    text = ("The Prime Minister met European Council chief Charles Michel at the summit last week.\n\n"
            "Council spokesperson Barend Leyts said the leaders had followed every health rule.")
    assert described(nlp, text, "followed every") == ("Barend Leyts", "spokesperson", "European Council")


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # a present post given in a relative clause, as an apposition would give it
        ("John Reed, who is also the chief economist at Citicorp, said rates would fall in the spring.",
         "rates would fall", ("John Reed", "chief economist", "Citicorp")),
        ("John Reed, who works for Citicorp, said rates would fall in the spring.", "rates would fall",
         ("John Reed", None, "Citicorp")),
        ("John Reed, speaking for Amnesty International, said the trial was unfair.", "trial was unfair",
         ("John Reed", None, "Amnesty International")),
    ],
)
def test_a_clause_after_the_name_gives_the_post_and_the_organisation(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a post held once is not the one the person speaks from; nor is a tie a post
        "John Reed, who was president of Citicorp until 1985, said rates would fall in the spring.",
        "John Reed, who worked at Citicorp for ten years, said rates would fall in the spring.",
        "John Reed, who is the son of the founder, said rates would fall in the spring.",
    ],
)
def test_a_former_post_or_a_tie_in_a_clause_is_neither_role_nor_affiliation(nlp, text) -> None:
    assert described(nlp, text, "rates would fall")[1:] == (None, None)


def test_an_officers_title_in_lower_case_ties_the_officer_to_the_story_organisation(nlp) -> None:
    text = ("FRANKFURT, April 9 - The Bundesbank sees no reason to change its monetary course, vice-president "
            "Helmut Schlesinger told Reuters in a telephone interview.")
    assert described(nlp, text, "no reason to change")[1:] == ("vice-president", "Bundesbank")


def test_a_bancorp_is_a_company_for_its_officers_titles(nlp) -> None:
    text = ("LOS ANGELES, March 26 - First Interstate Bancorp <I> would benefit from the new capital rules proposed "
            "by the Federal Reserve Board, Chairman Joseph Pinola said.")
    assert described(nlp, text, "would benefit")[1:] == ("Chairman", "First Interstate Bancorp")


def test_a_body_named_by_its_common_noun_after_the_name_is_the_one_the_article_named(nlp) -> None:
    text = ("The National Wildlife Federation sued the Interior Department on Monday.\n\n"
            "Jay Hair, the federation's executive vice president, said the study was flawed.")
    assert described(nlp, text, "study was flawed") == ("Jay Hair", "executive vice president",
                                                         "National Wildlife Federation")


def test_a_form_of_address_between_the_post_and_the_name_leaves_the_post_and_organisation(nlp) -> None:
    text = ("The International Finance Corporation (IFC) will help companies borrow abroad, IFC chief executive "
            "Sir William Ryrie told a news conference.")
    assert described(nlp, text, "will help")[1:] == ("chief executive", "International Finance Corporation")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Vice Premier Yao Yilin told the same news conference the debt was not dangerous.", "Vice Premier"),
        ("Agriculture Undersecretary Daniel Amstutz told the committee the costs were higher.",
         "Agriculture Undersecretary"),
        ("U.K. Chancellor of the Exchequer Nigel Lawson said he wanted sterling to stay where it was.",
         "Chancellor of the Exchequer"),
    ],
)
def test_titles_of_several_words_are_roles_whole(nlp, text, role) -> None:
    quotes = [q for q in analyze(nlp, text).quotes if q.speaker]
    assert quotes and quotes[0].speaker_role == role


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (("A World Food Council official said hunger was growing.\n\nMarie Dupont, head of external relations for the "
          "council, told a news conference that the meeting would be held in Rome."), "meeting would be held",
         ("Marie Dupont", "head of external relations", "World Food Council")),
        (("The World Food Council met in Rome on Monday.\n\nMarie Dupont, a spokeswoman for the council, said hunger "
          "was growing."), "hunger was growing", ("Marie Dupont", "spokeswoman", "World Food Council")),
    ],
)
def test_the_body_a_post_is_held_at_named_by_its_common_noun_is_the_one_the_article_named(nlp, text, fragment,
                                                                                         expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_a_ticker_between_the_organisation_and_the_post_is_skipped(nlp) -> None:
    text = "The dollar rose. Banque Nationale de Paris <BNPP.A> senior dealer Peter Nicolls said rates were too high."
    assert described(nlp, text, "rates were too high") == ("Peter Nicolls", "senior dealer",
                                                           "Banque Nationale de Paris")


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the portfolio or rank written into the post is the role's, whole (names README: the title the article gives)
        (("Commerce Secretary Dana Whitfield said the trade gap would narrow this year."), "trade gap would narrow",
         ("Dana Whitfield", "Commerce Secretary", None)),
        (("Chief Minister Arun Mehta said the state would appeal against the ruling."), "state would appeal",
         ("Arun Mehta", "Chief Minister", None)),
        (("U.S. Trade Representative Carl Dorsey said Japan must open its markets to American rice."),
         "Japan must open", ("Carl Dorsey", "Trade Representative", None)),
        (("Economic Planning Secretary Rosa Villanueva told reporters growth would slow in the second half."),
         "growth would slow", ("Rosa Villanueva", "Economic Planning Secretary", None)),
    ],
)
def test_the_whole_title_before_the_name_is_the_role(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_an_organisation_before_a_spokesman_stays_the_affiliation(nlp) -> None:
    text = "Pentagon spokesman Robert Dunne said the ships would stay in the Gulf until the spring."
    assert described(nlp, text, "ships would stay") == ("Robert Dunne", "spokesman", "Pentagon")


def test_a_name_the_model_missed_after_a_spokesman_speaks(nlp) -> None:
    # "Per" read as a preposition: the post's holder is still the source, not "Foreign Ministry spokesman"
    text = "Foreign Ministry spokesman Per Lindqvist said the talks in Oslo had gone well."
    assert described(nlp, text, "talks in Oslo") == ("Per Lindqvist", "spokesman", "Foreign Ministry")


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # a post written as one word with hyphens is one title, whole, however the model splits it
        (("LONDON, May 3 - Imperial Widgets PLC, the largest widget maker in Britain, will expand its business this "
          "year, said chairman-elect Robert Hale."), "will expand", ("Robert Hale", "chairman-elect",
                                                                    "Imperial Widgets PLC")),
        (("The Coffee Exporters Group met on Monday. The group's executive-secretary Luis Ortega said prices would "
          "rise."), "prices would rise", ("Luis Ortega", "executive-secretary", "Coffee Exporters Group")),
    ],
)
def test_a_post_joined_by_hyphens_is_one_title(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_a_post_before_the_name_outranks_a_form_of_address(nlp) -> None:
    text = "Kenya's Energy Minister, Sheikh Omar Said, said there were no plans for a new refinery."
    assert described(nlp, text, "no plans") == ("Omar Said", "Energy Minister", None)


def test_a_form_of_address_alone_stays_the_role(nlp) -> None:
    assert described(nlp, "Sheikh Ahmed Zaki said OPEC would meet in June.", "would meet")[1] == "Sheikh"


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the organisation before the post, in its possessive
        ("The official, the LDP Finance Committee's Chairman Taro Sato, said the budget would grow.",
         "budget would grow", ("Taro Sato", "Chairman", "LDP Finance Committee")),
        # the post and its organisation in an 'of' phrase before the name, which the parse ties to neither
        ("President of the Colombian Sugar Institute, Carlos Ruiz told reporters that exports would rise.",
         "exports would rise", ("Carlos Ruiz", "President", "Colombian Sugar Institute")),
        ("Director of the Office of Management and Budget James Walsh said the administration had no plan for it.",
         "no plan", ("James Walsh", "Director", "Office of Management and Budget")),
    ],
)
def test_an_organisation_written_with_the_post_before_the_name(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_a_post_of_an_organisation_in_a_clause_before_the_name_is_not_the_speakers(nlp) -> None:
    text = "After the resignation of the president of Acme Corp, John Smith said the board would meet."
    assert described(nlp, text, "board would meet") == ("John Smith", None, None)


def test_a_nationality_before_a_post_after_the_name_is_no_word_of_the_role(nlp) -> None:
    # the post is read whole to its title's "of" words, as the names annotations give it ("Secretary of State")
    text = "\"The budget is urgent,\" said Joe Pratt, Canadian secretary of state for external affairs."
    assert described(nlp, text, "budget is urgent") == ("Joe Pratt", "secretary of state", None)


def test_a_company_the_model_left_untagged_owns_the_post_before_the_name(nlp) -> None:
    # after a dateline the model tags nothing; the corporate ending says it is a company
    text = ("PRINCETON, N.J. - FW Woolworth Co's chairman and chief executive officer, Harold Sells, said the company "
            "remains committed to its general merchandise division.")
    # (both posts the article gives are the role: read-rules-round51-roles.txt)
    assert described(nlp, text, "remains committed") == (
        "Harold Sells", "chairman and chief executive officer", "FW Woolworth Co")


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the post before the name, between commas, owned by the company the story is about
        (("CHICAGO, March 4 - Hanover Foods Corp reported higher profits. The company's chairman, Robert Baines, "
          "said sales would grow."), "sales would grow", ("Robert Baines", "chairman", "Hanover Foods Corp")),
        (("NEW YORK, March 4 - Apex Mining Corp said it would sell its gold unit. An Apex spokesman and vice "
          "president, John Stiles, said the sale would close in May."), "sale would close",
         ("John Stiles", "vice president", "Apex Mining Corp")),
    ],
)
def test_a_post_of_the_storys_company_before_the_name(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # "managing" read as a verb is still a word of the post that the firm's name runs into
        ("SYDNEY, March 4 - Western Mining Corp Holdings Ltd managing director Hugh Morgan said gold output would rise.",
         "gold output", ("Hugh Morgan", "managing director", "Western Mining Corp Holdings Ltd")),
        # the article before a post is no word of the role
        (("TOKYO, March 4 - The president of the Japan Iron and Steel Federation Yoshihiro Inayama said output would "
          "fall."), "output would fall", ("Yoshihiro Inayama", "president", "Japan Iron and Steel Federation")),
    ],
)
def test_the_words_of_a_post_before_the_name(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_a_post_before_a_form_of_address_is_the_role(nlp) -> None:
    text = ("LONDON, March 4 - British Oxygen Co Plc said profits rose. Chairman Sir Peter Walters said output would "
            "grow.")
    assert described(nlp, text, "output would grow") == ("Peter Walters", "Chairman", "British Oxygen Co Plc")


def test_a_post_for_an_organisation_before_the_name_between_commas(nlp) -> None:
    text = "CHICAGO, March 4 - \"We are cautious,\" said a spokesman for Sears, Roebuck and Co, Jim Smith."
    assert described(nlp, text, "We are cautious") == ("Jim Smith", "spokesman", "Sears, Roebuck and Co")


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the firm after ", with" that closes the clause, though the parse hangs "with" on the verb
        ("NEW YORK, March 4 - \"The stock is cheap,\" said analyst John Smith, with Merrill Lynch and Co.",
         "stock is cheap", ("John Smith", "analyst", "Merrill Lynch and Co")),
        # what a person comes with is no employer
        ("NEW YORK, March 4 - \"The plan will work,\" said John Smith, with the backing of the United Nations.",
         "plan will work", ("John Smith", None, None)),
    ],
)
def test_a_firm_after_with_beside_the_name(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # a firm with "and" in its name written into the post after the name: the parse makes its first word a
        # modifier of the post, not a compound
        ("Prices will rise further, said Laura Finch, a Baker and Co Ltd analyst.", "Prices will rise",
         ("Laura Finch", "analyst", "Baker and Co Ltd")),
        ("Margins will narrow, said Paul Ross, a Dean and Webb Inc economist.", "Margins will narrow",
         ("Paul Ross", "economist", "Dean and Webb Inc")),
        # a title joined by hyphens between the organisation and the name
        ("Deutsche Bank vice-president Karl Weber said prices were stable.", "prices were stable",
         ("Karl Weber", "vice-president", "Deutsche Bank")),
        ("Ahead of the vote, OECD Secretary-General Anna Keller said growth would slow.", "growth would slow",
         ("Anna Keller", "Secretary-General", "OECD")),
    ],
)
def test_an_organisation_the_parse_cuts_from_the_post(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # two portfolios joined by "and" are one post
        ("Energy and Mines Minister Carlos Pardo said output would rise in May.", "output would rise",
         ("Carlos Pardo", "Energy and Mines Minister", None)),
        # the whole post run into the name after its organisation, not the title alone at its end
        (("TOKYO, March 4 - Japan's Ministry of International Trade and Industry (MITI) said output fell. MITI vice "
          "minister Makoto Kuroda said talks would resume."), "talks would resume",
         ("Makoto Kuroda", "vice minister", "Ministry of International Trade and Industry")),
        # a word written with hyphens stays one; an age or a place before a calling is no word of the role
        ("\"It is a sad day,\" said Rita Moss, a soft-spoken bus driver.", "sad day",
         ("Rita Moss", "soft-spoken bus driver", None)),
        ("\"The roads are full,\" said Carl Dune, a 45-year-old Denver plumber.", "roads are full",
         ("Carl Dune", "plumber", None)),
        ("\"Demand is weak,\" said Ben Hart, a Chicago-based analyst.", "Demand is weak",
         ("Ben Hart", "analyst", None)),
        # where a person comes from is no post at all
        ("\"We love it here,\" said Ann Lowe, a Texas native who moved in 1990.", "love it here",
         ("Ann Lowe", None, None)),
    ],
)
def test_the_role_is_the_post_as_written(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected
