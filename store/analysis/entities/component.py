"""newsreader_entities: spaCy's named entities, tidied, relabelled where plainly wrong, and canonical.

One canonical name per referent in an article:
- "Chinese President Xi Jinping" and "Xi" are both Xi Jinping (role: President);
- "the United States", "US" and "U.S." are all United States (country data from pycountry);
- "Shanghai Cooperation Organisation" and "SCO" are one organisation (initials);
- a leading "the" and a possessive "'s" are not part of a name.

This module is the glue, in the order the steps must run: mentions from the model's entities (`tidy`), names
it missed (`untagged`), each name's kind (`kinds`), canonical names (`canonical`), and what the article says each
person is (`descriptions`: role and affiliation).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..doctext import doc_slice, text_between
from ..types import EntityMention
from . import gazetteer
from .acronym_mentions import defined_acronyms
from .adjacent import pieces_of_one_name
from .airports import airports_named_alone
from .awards import awards_by_name
from .bills import bills_taken_for_persons
from .bylines import BYLINES, bylines, bylines_as_written
from .canonical import (
    birth_names,
    canonical_names,
    clipped_names,
    company_names,
    country_spellings,
    dateline_place,
    defined_aliases,
    head_word_alone,
    initialled_persons,
    inverted_names,
    leading_the,
    peoples_written_small,
    referent_table,
    short_forms,
    shouted_names,
)
from .capital_district import cities_with_their_district
from .case_names import court_cases, laws_named_after_a_person, laws_named_without_act
from .coinages import exit_blends
from .comma_legal_forms import legal_forms_after_a_comma
from .comma_names import bodies_named_with_commas
from .competitions import competitions
from .crude_grades import crude_grades
from .cut_names import (
    bodies_cut_before_their_last_field,
    buildings_named_for_a_saint,
    firms_after_their_base,
    firms_cut_after_a_founders_given_name,
    firms_cut_after_and,
    firms_cut_at_a_founders_mark,
    firms_cut_at_of,
    firms_cut_before_a_surname,
    firms_cut_before_their_partnership,
    firms_cut_to_their_legal_form,
    firms_of_a_place,
    firms_run_past_their_stop,
    founders_firms_written_apart,
    institutions_after_a_country,
    names_cut_at_a_hyphen,
    names_cut_at_a_preposition,
    names_cut_at_a_sentences_first_word,
    places_cut_at_a_small_word,
)
from .day_names import words_that_name_a_day
from .descriptions import describe, described_in_the_lead, with_acronyms
from .dotted_states import dotted_states
from .double_surnames import double_surnames_split
from .firm_descriptions import firms_described_as_firms
from .firm_parts import firms_named_in_part
from .firm_words import firm_words_taken_for_places
from .fixtures import fixtures_run_together
from .generations import elder_and_younger
from .handles import platforms_before_a_handle, user_handles
from .headline_blends import headline_blends
from .headlines import headline_common_words, headline_end, headline_names, headline_words, shouted_subheads
from .hyphen_tails import names_cut_before_a_hyphen
from .interviews import interview_labels
from .joined_names import organisations_joined_by_and
from .kinds import (
    beliefs_and_bodies_of_the_sky,
    by_head_word,
    codes,
    crafts,
    cued_kinds,
    firms_named_after_people,
    listed_with_organisations,
    listed_with_persons,
    listed_with_places,
    named_events,
    named_schemes,
    one_label_per_referent,
    opening_an_organisations_name,
    operations,
    organisations_by_head_word,
    persons_after_the,
    persons_only_ever_in,
    political_blocs,
    regions,
    relabel,
    storms,
)
from .letters import company_letters
from .listed_names import names_listed_in_one
from .mastheads import mastheads
from .mentions import dotted_legal_forms
from .misspelt_surnames import misspelt_surnames
from .national_branches import branches_taken_for_persons, national_branches
from .nicknames import nicknamed_persons
from .organisation_kinds import (
    acronyms_of_no_place,
    dotted_bodies,
    firms_by_legal_form,
    firms_opened_by_their_form,
    groups_against,
    possessive_names,
    towns_that_open_a_firms_name,
    traded_names,
)
from .other_scripts import mentions_in_other_scripts
from .outlets import (
    agencies_cut_before_their_kind,
    joint_outlets,
    newspaper_word_alone,
    outlets_taken_for_persons,
    papers_by_their_title,
)
from .pairs import full_names_paired
from .papers import papers_by_their_noun
from .particles import names_with_particles
from .parties import (
    members_by_their_party,
    parties_taken_for_persons,
    party_before_a_chamber,
    party_openers_left_out,
)
from .peoples_kinds import nationalities, peoples_adjectives, peoples_plurals
from .peoples_words import firms_read_as_peoples
from .person_initials import persons_by_their_initials
from .place_kinds import (
    known_places,
    rivers_by_their_noun,
    seas_taken_for_peoples,
    time_zones,
    towns_before_their_region,
    towns_by_their_distance,
)
from .place_names import places_before_their_kind, small_places
from .place_repeats import bare_repeats_of_places
from .places_taken_for_bodies import places_taken_for_bodies
from .players import players_named_in_full
from .portfolios import fields_after_a_post, persons_after_a_portfolio
from .possessives import split_at_a_possessive
from .prices import prices_in_pence
from .quoted_works import speakers_taken_for_works
from .ratings import credit_ratings, grades_opening_names
from .referents import fold, key
from .results_rows import results_rows
from .run_on_fronts import run_on_fronts
from .short_names import (
    closing_name_word,
    closing_word,
    firms_by_their_first_words,
    one_word_of_a_name,
    opening_word,
    opening_word_read_as_a_place,
    short_names,
    spaced_names,
)
from .shouted_links import shouted_links
from .sign_offs import SIGNERS, credited_reporters, newsrooms, reporters
from .spelt_out_initials import (
    initials_set_off_after_a_body,
    names_cut_before_their_initials,
    spelt_out_before_acronyms,
)
from .sports_clubs import sports_clubs
from .state_names import states_taken_for_bodies, states_taken_for_persons
from .state_nicknames import state_nicknames
from .storm_names import storms_cut_short, storms_written_short
from .stray_ends import stray_ends
from .stray_words import (
    address_inside_a_name,
    firm_kind_before_a_name,
    place_before_a_name,
    speech_verb_before_a_name,
    stray_word_before_a_name,
)
from .surnames import addressed_persons, families_taken_for_things, surnames_taken_for_things
from .team_sheets import PLAYERS, team_sheets
from .tidy import (
    acronyms_of_common_words,
    common_words,
    dashed_organisations,
    fields_of_posts,
    given_name_before,
    hyphenated_given_names,
    initialled_names,
    kind_before_a_name,
    speaking_names,
    split_at_a_place,
    split_parenthesis,
    surname_tagged_apart,
    tidy,
)
from .titles_alone import firms_run_into_a_post, persons_run_into_a_body, titles_alone
from .titles_cut_short import titles_cut_short
from .town_states import states_after_a_town
from .underwriters import managers_of_an_issue
from .untagged import (
    after_the_dateline,
    banks_of_a_place_untagged,
    bodies_joined_by_and,
    bodies_of_a_field_after_the_dateline,
    body_before_its_head,
    bracketed_companies,
    dotted_countries_untagged,
    firms_joined_by_and,
    groups_of_nations_untagged,
    institutions_joined_by_and,
    joined_organisations,
    known_places_untagged,
    lower_case_committees,
    lower_case_heads,
    named_after_an_organisations_kind,
    names_before_tickers,
    names_with_of,
    party_and_state,
    persons_joined_by_and,
    places_named_by_kind,
    regnal_names_untagged,
    untagged_firm_names,
    untagged_full_names,
    untagged_platforms,
    untagged_surnames,
    with_companies,
)
from .vocabulary import HEADS, POSSESSIVE
from .web_addresses import sites_by_their_address
from .wire_names import wire_name_run_on


@Language.factory("newsreader_entities")
def make_entities(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent()


class EntityComponent:
    def __init__(self) -> None:
        self.places = gazetteer.places()

    def __call__(self, doc: Doc) -> Doc:
        places = self.places
        mentions = [m for ent in doc.ents for piece in split_parenthesis(doc, ent)
                    for part in split_at_a_place(doc, piece, places) for m in tidy(doc, part, places)
                    if doc[m.start].text not in POSSESSIVE]  # "Editor’s Note": a title cut off, then no name
        mentions = mentions_in_other_scripts(doc, mentions, places)
        mentions = results_rows(doc, mentions)  # before any rule reads a row's label as a name
        mentions = persons_after_a_portfolio(doc, split_at_a_possessive(doc, mentions, places))
        mentions = interview_labels(doc, fields_of_posts(doc, acronyms_of_common_words(doc, mentions)))
        mentions = fields_after_a_post(doc, mentions)
        mentions = nicknamed_persons(doc, national_branches(doc, pieces_of_one_name(doc, mentions)))
        mentions = hyphenated_given_names(doc, given_name_before(doc, headline_names(doc, mentions)))
        mentions = double_surnames_split(doc, mentions, places)
        mentions = headline_common_words(doc, headline_blends(doc, headline_words(doc, mentions)))
        mentions = places_cut_at_a_small_word(doc, names_with_particles(doc, mentions, places))
        mentions = party_openers_left_out(doc, surname_tagged_apart(doc, mentions, places))
        mentions = joined_organisations(doc, dashed_organisations(doc, mentions))
        mentions = agencies_cut_before_their_kind(doc, joint_outlets(doc, mentions))
        mentions = dotted_states(doc, run_on_fronts(doc, wire_name_run_on(doc, mentions, places)))
        mentions = cities_with_their_district(doc, mentions)
        mentions = titles_alone(doc, [m for m in kind_before_a_name(doc, with_companies(doc, mentions))
                                      if not (len(m.words) == 1 and m.words[0].lower() in HEADS["generic"])])
        mentions = persons_run_into_a_body(doc, firms_run_into_a_post(doc, mentions))
        mentions = places_named_by_kind(doc, lower_case_heads(doc, mentions, places))
        mentions = firms_of_a_place(doc, names_cut_at_a_preposition(doc, names_with_of(doc, mentions)), places)
        mentions = buildings_named_for_a_saint(doc, mentions)
        mentions = firms_after_their_base(doc, firms_cut_at_of(doc, mentions, places))
        mentions = bodies_named_with_commas(doc, institutions_after_a_country(doc, mentions), places)
        mentions = bodies_joined_by_and(doc, lower_case_committees(doc, mentions), places)
        mentions = party_before_a_chamber(doc, mentions)
        mentions = party_and_state(doc, untagged_platforms(doc, platforms_before_a_handle(doc, mentions)))
        mentions = spelt_out_before_acronyms(doc, bracketed_companies(doc, mentions))
        mentions = names_cut_before_their_initials(doc, mentions)
        mentions = initials_set_off_after_a_body(doc, after_the_dateline(doc, names_before_tickers(doc, mentions)))
        mentions = bodies_of_a_field_after_the_dateline(doc, banks_of_a_place_untagged(doc, mentions, places))
        mentions = body_before_its_head(doc, mentions, places)
        mentions = full_names_paired(doc, persons_joined_by_and(doc, mentions))
        mentions = names_listed_in_one(doc, mentions, places)
        mentions = known_places_untagged(doc, untagged_full_names(doc, mentions, places), places)
        mentions = groups_of_nations_untagged(doc, dotted_countries_untagged(doc, mentions))
        mentions = regnal_names_untagged(doc, mentions, places)
        mentions = named_after_an_organisations_kind(doc, firm_kind_before_a_name(doc, mentions), places)
        mentions = speaking_names(doc, mentions, places)
        mentions = initialled_names(doc, mentions, places)
        mentions = institutions_joined_by_and(doc, firms_joined_by_and(doc, mentions, places), places)
        mentions = names_cut_at_a_hyphen(doc, organisations_joined_by_and(doc, mentions), places)
        mentions = names_cut_before_a_hyphen(doc, mentions)
        mentions = grades_opening_names(doc, mentions)
        mentions = legal_forms_after_a_comma(doc, mentions)
        mentions = firms_cut_before_a_surname(doc, firms_cut_to_their_legal_form(doc, mentions))
        mentions = firms_cut_at_a_founders_mark(doc, firms_cut_before_their_partnership(doc, mentions), places)
        mentions = firms_cut_after_a_founders_given_name(doc, mentions)
        mentions = firms_cut_after_and(doc, firms_run_past_their_stop(doc, mentions))
        mentions = founders_firms_written_apart(doc, mentions)
        mentions = bodies_cut_before_their_last_field(doc, mentions, places)
        mentions = fixtures_run_together(doc, mentions, places)
        mentions = storms_cut_short(doc, mentions)
        relabel(doc, mentions, places)
        prices_in_pence(doc, mentions)
        states_taken_for_bodies(doc, mentions)
        states_taken_for_persons(mentions)
        by_head_word(mentions)
        branches_taken_for_persons(mentions)  # after the head words, which make 'Lake <Country>' a lake
        named_schemes(doc, mentions)
        groups_against(mentions)
        organisations_by_head_word(mentions, places)
        regions(mentions)
        nationalities(mentions)
        peoples_adjectives(doc, mentions)
        peoples_plurals(mentions)
        acronyms_of_no_place(doc, mentions, places)
        codes(mentions)
        dotted_bodies(doc, mentions)
        political_blocs(doc, mentions)
        known_places(doc, mentions, places)
        storms(mentions)
        awards_by_name(doc, mentions)
        firms_read_as_peoples(doc, mentions)
        operations(doc, mentions)
        named_events(doc, mentions)
        exit_blends(mentions)
        crafts(doc, mentions)
        crude_grades(mentions, places)
        beliefs_and_bodies_of_the_sky(doc, mentions)
        firms_named_after_people(doc, mentions, places)
        firms_named_in_part(doc, mentions, places)
        traded_names(doc, mentions, places)
        towns_that_open_a_firms_name(doc, mentions)
        states_after_a_town(doc, mentions)  # before the towns, which a state after them shows
        towns_before_their_region(doc, mentions, places)
        towns_by_their_distance(doc, mentions)
        rivers_by_their_noun(doc, mentions, places)
        seas_taken_for_peoples(doc, mentions)
        persons_only_ever_in(doc, mentions)
        small_places(doc, mentions)
        places_taken_for_bodies(doc, mentions)
        places_before_their_kind(doc, mentions)
        cued_kinds(doc, mentions)
        listed_with_places(doc, mentions)
        listed_with_persons(doc, mentions, places)
        listed_with_organisations(doc, mentions)
        mentions = double_surnames_split(doc, mentions, places)  # again, for the persons the kinds have just named
        mentions = titles_cut_short(doc, mentions)  # after the kinds, which name the work by its kind before it
        airports_named_alone(doc, mentions)
        mentions = laws_named_without_act(doc, court_cases(doc, mentions))
        laws_named_after_a_person(doc, mentions)
        outlets_taken_for_persons(mentions)
        papers_by_their_title(mentions)
        mentions = papers_by_their_noun(doc, mentions)
        state_nicknames(mentions)
        parties_taken_for_persons(mentions)
        firms_by_legal_form(mentions)
        managers_of_an_issue(doc, mentions)
        firm_words_taken_for_places(mentions, places)
        players_named_in_full(doc, mentions, places)
        competitions(doc, mentions)  # before the clubs: no list of sides takes a cup's name for a club's
        mentions = sports_clubs(doc, mentions, places)
        mentions = stray_word_before_a_name(doc, time_zones(doc, persons_after_the(doc, bills_taken_for_persons(
            doc, mentions)), places))
        mentions = stray_ends(doc, speech_verb_before_a_name(doc, place_before_a_name(doc, address_inside_a_name(
            doc, mentions))))
        mentions = mastheads(doc, credited_reporters(doc, reporters(doc, newsrooms(doc, possessive_names(doc, mentions)))))
        mentions = bylines(doc, mentions)
        mentions = names_cut_at_a_sentences_first_word(doc, mentions)  # after the clubs, which cut 'West Ham boss'
        mentions = team_sheets(doc, mentions)  # after the clubs, which read a surname on the sheet as a side
        addressed_persons(doc, mentions)
        surnames_taken_for_things(doc, mentions, places)
        families_taken_for_things(doc, mentions, places)
        mentions = shouted_links(doc, mentions)
        speakers_taken_for_works(doc, mentions)
        mentions = bare_repeats_of_places(doc, mentions)  # after every relabelling: the places are the article's
        companies = company_names(mentions)
        canonical = canonical_names(doc, mentions, companies, places)
        # `canonical` is keyed by id(): a mention a stage below drops must stay alive, or a mention made later may be
        # given its id and with it the dropped one's name (a handle once named "Appear" after a dropped headline word)
        dropped_too = [mentions]
        dropped_too.append(dateline_place(doc, mentions, canonical, places))
        mentions = shouted_subheads(doc, mentions, places)  # after the datelines, which read them as places
        dropped_too.append(mentions)
        birth_names(doc, mentions, canonical)
        elder_and_younger(doc, mentions, canonical)  # after the names the bare surnames took
        defined = defined_aliases(doc, mentions, canonical)
        country_spellings(mentions, canonical)
        short_forms(mentions, canonical)
        members_by_their_party(mentions, canonical)
        storms_written_short(mentions, canonical)
        inverted_names(mentions, canonical)
        initialled_persons(mentions, canonical)
        clipped_names(mentions, canonical)
        short_names(mentions, canonical)
        persons_by_their_initials(doc, mentions, canonical, defined)  # after the acronyms of organisations
        firms_by_their_first_words(doc, mentions, canonical, places)
        opening_word(mentions, canonical, places, headline_end(doc))
        closing_word(doc, mentions, canonical, places)
        closing_name_word(doc, mentions, canonical, places)
        newspaper_word_alone(mentions, canonical)
        spaced_names(mentions, canonical)
        one_word_of_a_name(doc, mentions, canonical, places)
        opening_an_organisations_name(mentions, canonical)
        opening_word_read_as_a_place(doc, mentions, canonical, places)
        head_word_alone(doc, mentions, canonical)
        misspelt_surnames(doc, mentions, canonical)
        mentions = company_letters(doc, mentions, canonical)
        dropped_too.append(mentions)
        mentions = common_words(doc, mentions, canonical, places)
        dropped_too.append(mentions)
        mentions = credit_ratings(doc, words_that_name_a_day(doc, mentions))
        dropped_too.append(mentions)
        mentions = user_handles(doc, mentions)  # after common words: the model reads a handle as a noun
        mentions = sites_by_their_address(doc, mentions)  # so too a site's address
        dotted_legal_forms(mentions, canonical)
        leading_the(doc, mentions, canonical)
        shouted_names(mentions, canonical)
        peoples_written_small(mentions, canonical)
        bylines_as_written(doc, mentions, canonical)
        mentions = defined_acronyms(doc, mentions, canonical, defined)
        dropped_too.append(mentions)
        firms_opened_by_their_form(mentions, canonical)  # before the persons are described, which a firm is not
        orgs = {i: name for o in mentions if (o.label == "ORG" or _care_house(o.name)) and not gazetteer.country_code(
            name := canonical.get(id(o), o.name)) for i in range(o.start, o.end)}  # a country is no affiliation
        orgs = with_acronyms(doc, orgs)
        signers = doc.user_data.get(SIGNERS, ())
        players = doc.user_data.get(PLAYERS, ())
        writers = doc.user_data.get(BYLINES, ())  # a byline's next line ("Staff writer") or next words are no post
        for m in mentions:
            if m.label == "PERSON" and m.start not in signers and m.start not in players and m.start not in writers:
                describe(doc, m, orgs)
        described_in_the_lead(doc, [m for m in mentions if m.start not in writers], orgs)
        firms_described_as_firms(mentions, canonical)
        # names the model did not tag but a reader knows from the article ("Geodyne said" after "Geodyne Resources Inc")
        aliases = dict(companies)
        aliases.update({(fold(short),): full for short, full in defined.items()})  # "Defra said", left untagged
        for m in mentions:
            aliases.setdefault(key(m.words), canonical.get(id(m), m.name))
            # the speakers look a name up by its words between spaces: "Capel-Cure" is one word there, three tokens here
            aliases.setdefault(key(tuple(m.name.split())), canonical.get(id(m), m.name))
        one_label_per_referent(doc, mentions, canonical)
        dropped_too.append(mentions)
        mentions = untagged_surnames(doc, mentions, canonical, places)
        mentions = untagged_firm_names(doc, mentions, canonical, companies, places)
        out: list[EntityMention] = []
        by_token: dict[int, str] = {}
        for m in mentions:
            name = canonical.get(id(m), m.name)
            span = doc_slice(doc, m.start, m.end)
            out.append(EntityMention(span.start_char, span.end_char, text_between(doc, m.start, m.end), m.label, name,
                                     m.role))
            for i in range(m.start, m.end):
                by_token[i] = name
        doc._.entities = out
        doc._.canonical = by_token
        doc._.aliases = aliases
        doc._.referents = referent_table(mentions, canonical)
        return doc


# the last word of a hospital's name: the model tags one a building, yet "a physician at <Name> Hospital" works there
_CARE_HOUSES = {"hospital", "hospitals", "clinic", "infirmary"}


def _care_house(name: str) -> bool:
    """A hospital or clinic by its name, whatever the model tagged it: an employer when a post is held at it."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _CARE_HOUSES
