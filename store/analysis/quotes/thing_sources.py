"""'The restoration revealed X', 'the side's win proves that X', 'these developments suggest that X': a verb that
bears something out speaks for whoever put the evidence out only when its subject could have done so, a person, a
body or a report. An event, an outcome or an object as the subject ('the win', 'the device') is the writer's own
inference, nobody's words. Things that do report ('the figures show', 'a poll suggests', 'the documentary revealed',
'rumours suggested', 'market talk suggested') and nouns for people or bodies keep their quotes, as does a noun
with a body's name run into it ('the <Agency> plantings report'); so does any subject the model tags as a name,
any pronoun or quantifier ('it', 'which', 'many'), and a noun ending as a doer's does ('-er', '-or', '-ist'), which
is most often someone, not something."""

from __future__ import annotations

from spacy.tokens import Token

from ..entities.vocabulary import HEADS
from .cue_subjects import cue_source
from .cue_table import cues
from .speakers.words import INSTITUTIONS, PEOPLE

_EVIDENCE_VERBS = frozenset(cues()["evidence_verbs"])
_DISPLAY_VERBS = frozenset(cues()["display_verbs"])
_SAYING = frozenset(cues()["speech_verbs"]) - _EVIDENCE_VERBS
_C = cues()
# what can speak, or report, through such a verb: people and posts, bodies, and works or records of what was found
_SPEAKING = frozenset(
    PEOPLE
    | INSTITUTIONS
    | set(_C["epithet_words"])
    | set(_C["position_words"])
    | set(_C["informant_nouns"])
    | set(_C["unnamed_post_nouns"])
    | set(_C["source_nouns"])
    | set(_C["research_nouns"])
    | set(_C["measure_report_nouns"])
    | set(_C["work_nouns"])
    | set(_C["medium_nouns"])
    | set(_C["finding_works"])
    | set(_C["poll_nouns"])
    | set(_C["hearsay_nouns"])
    | set(_C["talk_nouns"])
    | set(_C["speaking_groups"])
    | set(_C["partitive_nouns"])
    | HEADS["generic"]
    | HEADS["org_nouns"]
    | HEADS["firm_nouns"]
    | HEADS["bodies"]
    | HEADS["broadcasters"]
    | HEADS["newspapers"]
    | HEADS["market_jobs"]
    | HEADS["head_posts"]
    | HEADS["officer_posts"]
)
_AGENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_DOER_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants")


def evidence_from_a_thing(verb: Token) -> bool:
    """verb bears something out (evidence_verbs) and its source is a common noun the model tags as no name, which
    names no person, body or report: an event or object that cannot speak."""
    if verb.lemma_.lower() not in _EVIDENCE_VERBS:
        return False
    source = cue_source(verb)
    if (
        source is None
        or source.pos_ != "NOUN"
        or source.tag_ not in ("NN", "NNS")
        or source.ent_type_
        or source.is_stop
    ):
        return False
    if source.text[0].isupper() and (
        not source.is_sent_start or not any(c.dep_ in ("det", "poss") for c in source.children)
    ):
        return False  # "Rowling has revealed X": a name the model took for a common noun
    if verb.lemma_.lower() in _DISPLAY_VERBS and any(c.dep_ == "dobj" for c in verb.children):
        return False  # "the base has shown little interest": what is shown is displays.py's to read
    if any(c.dep_ == "ccomp" and c.left_edge.tag_ in ("WRB", "WDT", "WP") for c in verb.children):
        return False  # "the rise shows how far X": a judgement a columnist or a source may well be giving
    if any(t.i != verb.i and t.pos_ == "VERB" and t.lemma_.lower() in _SAYING for t in verb.sent):
        return False  # "the trend shows that X, said a panel": the sentence is someone's report, whoever gives it
    words = {source.lower_, source.lemma_.lower()}
    words |= {c.lemma_.lower() for c in source.children if c.dep_ == "compound"}  # "the test results", "poll data"
    words |= _hyphened_tail(source)  # "the e-mails", which the model cuts at the hyphen
    if words & _SPEAKING or source.lower_.endswith(_DOER_ENDINGS):
        return False
    # "the <Agency> prospective plantings": a body's name run into the noun names what it issued, a report of its
    # own; an owner before "'s" ("the party's performance") does not
    return not any(c.dep_ in ("compound", "nmod") and c.ent_type_ in _AGENTS for c in source.children)


def _hyphened_tail(noun: Token) -> set[str]:
    """The last piece of a word the model cut at its hyphens ('e', '-', 'mails'), as written and as its lemma."""
    doc, j = noun.doc, noun.i
    while j + 1 < len(doc) and doc[j].whitespace_ == "" and "-" in (doc[j].text, doc[j + 1].text):
        j += 1
    return {doc[j].lower_, doc[j].lemma_.lower()} if j > noun.i else set()
