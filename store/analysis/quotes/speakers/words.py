"""The words the speaker rules look for: pronouns, speech nouns, titles, unnamed sources."""

from __future__ import annotations

from ...entities.vocabulary import HEADS, HONORIFICS, TITLES
from ..cue_table import cues

# every pronoun of cues.json's one table: in an interview's answer, "she told me" names whoever the teller means
PRONOUNS = frozenset(w for w in cues()["pronouns"] if not w.startswith("_"))


def _pronouns(tag: str) -> frozenset[str]:
    """The pronouns of cues.json's one table that carry the tag, so every pronoun rule reads the same list."""
    return frozenset(w for w in PRONOUNS if tag in cues()["pronouns"][w])


PERSONAL = {w: "m" for w in _pronouns("man")} | {w: "f" for w in _pronouns("woman")}
GROUP = _pronouns("group")
PLURAL_PRONOUNS = _pronouns("plural")  # "they said": a plural source, an organisation or a people
NEUTER_PRONOUNS = _pronouns("neuter")  # "it said": an organisation, place or thing
SUBJECT_PRONOUNS = _pronouns("subject")  # "he", not "him": no name opens with one
# "…, he said": a subject pronoun for someone named before may be the whole source after the comma
TRAILING_PRONOUNS = SUBJECT_PRONOUNS & (PERSONAL.keys() | GROUP)
# a subject pronoun that stands for a person or people ("who" too): not "it", which may stand for figures, a thing or
# an event as well as a firm, so what "it" shows or saw is no person's act
PERSON_SUBJECTS = SUBJECT_PRONOUNS - NEUTER_PRONOUNS
NAMELESS_PRONOUNS = _pronouns("nameless")  # left unresolved, names no one
RELATIVE = {"who", "which", "that", "whom"}
LABEL_RANK = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3}
SPEECH_NOUNS = frozenset(cues()["source_nouns"])  # "the statement said": cue words, in cues.json
# words of rank before a post or a source ("senior official", "chief spokesman"): the same post
RANK_WORDS = frozenset(cues()["rank_words"])
# figures, data and estimates: a maker named after them ("data from X", "estimates released by X") is the source
MEASURES = frozenset(cues()["measure_report_nouns"])
EXCERPTS = {"part", "portion", "excerpt", "section", "passage", "extract"}
INDEFINITE = {"one", "another", "some", "several", "many", "two", "three"}
# an unnamed source that a "he" or "she" of the same sentence stands for
ONE_SOURCE = {"analyst", "trader", "dealer", "arbitrager", "arbitrageur", "economist", "official", "spokesman",
              "spokeswoman", "spokesperson", "source", "executive", "banker", "broker", "diplomat", "witness"}
# people who speak, as a plural subject names them: "They" after "Officials and businessmen are convinced …"
PEOPLE = HEADS["person"] | HEADS["jobs"] | HEADS["market_jobs"] | ONE_SOURCE | {
    "businessman", "diplomat", "lawmaker", "delegate", "expert", "investor", "worker", "banker", "observer", "critic"}
# institutions an article may name in full without the model tagging it, then call "the exchange"
INSTITUTIONS = {"exchange", "ministry", "agency", "commission", "council", "committee", "court", "union",
                "association", "board", "university", "institute", "department", "federation", "authority",
                "tribunal", "bureau", "foundation", "society", "organisation", "organization"}
# a title written another way: "Mr Justice Millett" is "the judge"
# a title's abbreviation before a name is the title a later "the senator" names
SAME_TITLE = {"justice": "judge", "sen.": "senator", "sen": "senator", "gov.": "governor", "gov": "governor",
              "gen.": "general", "capt.": "captain", "sgt.": "sergeant", "adm.": "admiral", "prof.": "professor",
              "prof": "professor"}
GOVERNMENTS = {"administration", "government"}
RULINGS = {"ruling", "judgment", "judgement", "verdict"}
# verbs whose unnamed subject is the "he" or "she" of the sentence after: "… one analyst cautioned. She said …"
SAID = frozenset(cues()["passed_on_verbs"])
OUTLET_NOUNS = {"newspaper", "daily", "weekly", "magazine", "paper", "tabloid", "broadcaster", "website", "agency"}
COUNTRY_NOUNS = {"nation", "country", "kingdom", "republic", "emirate", "sultanate", "monarchy"}
# seats held by one person whom news copy often names without the title first: "the senator", "the prince"
HELD_SEATS = {"senator", "congressman", "congresswoman", "governor", "prince", "princess", "lawmaker"}
# what news copy calls a person it has just named, as "the senator": "the candidate", "the billionaire businessman"
DESCRIBED = {"candidate", "nominee", "contender", "hopeful", "frontrunner", "front-runner", "businessman",
             "businesswoman", "magnate", "mogul", "tycoon", "billionaire", "incumbent", "challenger", "secretary"}
PARTY_MEMBERS = {"democrat", "republican", "conservative", "socialist", "liberal", "laborite", "tory"}
LESSER_TITLES = {"vice", "deputy", "assistant", "under", "former", "acting", "ex", "shadow"}
ASKING = {"ask", "question", "press", "contact", "reach", "approach", "interview", "call"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
# a common noun that stands for the company the story is about: "the company said", "the group added"
COMPANY_NOUNS = {"company", "firm", "group", "bank", "corporation", "carrier", "airline", "insurer", "lender",
                 "utility", "concern", "maker", "producer", "retailer", "brewer", "miner", "subsidiary", "giant"}
# a wire story's next sentence names the firm by its trade ("The automaker said it also built ..."): the firm of
# that trade the story is about, which need not be the one that has been speaking (a rating agency's report on it)
TRADE_NOUNS = frozenset({"automaker", "carmaker"})
COMPANY_NOUNS |= TRADE_NOUNS
# the ones for a company whatever its trade or its name's ending: "a company spokesman" after "<Firm> is drawing up
# plans ..."
FIRM_NOUNS = frozenset({"company", "firm", "corporation", "group"})
DASHES = {"-", "--", "–", "—", "―"}
PLACE_NOUNS = {"state", "city", "county", "province", "region", "district", "town", "village", "country", "nation"}
# words of a title before a name ("Vice Economic Minister", "Mayor") and the small words inside names ("de Blasio")
TITLE_WORDS = frozenset(w for t in TITLES for w in t.split()) | HONORIFICS
PARTICLES = {"de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "bin", "bint", "ibn", "al", "el", "la",
             "le", "ben"}
# an unnamed source is shown without how many of them spoke: "some traders", "another trader" -> traders, trader
QUANTIFIERS = {"some", "another", "other", "one", "several", "many", "most", "few", "two", "three", "both", "all"}
# "Analysts were divided. Some said …, others argue …", '"…," one said': part of the group quoted before
PARTS = {"some", "others", "one", "another", "few", "many", "several", "most", "both"}
