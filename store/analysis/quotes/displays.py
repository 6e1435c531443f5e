"""'has been showing real grit', 'have shown their determination', 'a channel which shows the series': what a player,
a side, a firm or a broadcaster shows is a quality or a programme put on view, no finding and no words. A poll, a
study, figures or a video that shows a thing reports it ('polls show a close race', 'the video shows an officer
X'), and a clause reports whoever shows it ('the team showed that X'). What anyone shows off ('showed off a
prototype') is put on view too, and so is what a person named by a common noun for people or a post shows ('the
winger showed his pace', 'the senator showed restraint'). A measured thing that shows a change or a balance ('exports
showed an increase', 'the current account showed a deficit', 'GDP should show growth') shows its own movement, a
result like 'posted a loss', not a finding; figures, a return or an index showing it report it. 'Talent show X',
'a chat show host': the noun the tagger read as a verb, with the noun before it as its subject; a singular subject
would have 'shows'."""

from __future__ import annotations

from spacy.tokens import Token

from ..entities.vocabulary import HEADS
from .cue_subjects import cue_source
from .cue_table import cues
from .speakers.words import PEOPLE, PERSON_SUBJECTS

_DISPLAY_VERBS = frozenset(cues()["display_verbs"])
_MOVEMENTS = frozenset(cues()["movement_nouns"])
_MEASURES = frozenset(cues()["measure_report_nouns"]) | frozenset(cues()["research_nouns"])
_REPORTERS = _MEASURES | frozenset(cues()["source_nouns"])
_AGENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# common nouns for a person: what such a subject shows is their form, as with a name
_PERSON_NOUNS = frozenset(PEOPLE | set(cues()["epithet_words"]) | set(cues()["position_words"]) |
                          HEADS["sport_posts"] | HEADS["side_posts"] | HEADS["pitch_places"])


def shows_a_quality(verb: Token, obj: Token) -> bool:
    """obj, the bare object of a display verb, is what someone puts on view: the verb is 'show off', or its source
    is a person or a body (a name the model tags so, a personal pronoun, or a common noun for people or a post that
    the model tags as no entity), and no word of the object is quoted."""
    if verb.lemma_.lower() not in _DISPLAY_VERBS or obj.dep_ != "dobj":
        return False
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return True  # a display, whoever makes it
    source = cue_source(verb)
    if source is None:
        return False
    if source.tag_ in ("NN", "NNS") and not source.ent_type_ and source.lemma_.lower() in _PERSON_NOUNS:
        return True  # "the striker showed real composure": the form a name's subject would show
    # a name, not a common noun the model tagged as one ('Photographs showed X' read as a person)
    return source.ent_type_ in _AGENTS and source.tag_ in ("NNP", "NNPS") or source.lower_ in PERSON_SUBJECTS


def shows_its_movement(verb: Token, obj: Token) -> bool:
    """obj, the bare object of a display verb, is a change or a balance ('signs of easing', 'a rise', 'a surplus')
    and the verb's source is no report of figures: the subject shows its own movement."""
    if verb.lemma_.lower() not in _DISPLAY_VERBS or obj.dep_ != "dobj" or obj.lemma_.lower() not in _MOVEMENTS:
        return False
    source = cue_source(verb)
    if source is None or source.pos_ == "PRON":
        return False  # "it showed a rise": the pronoun may stand for the figures
    words = {source.lemma_.lower(), source.lower_}
    return (not words & _REPORTERS or _balance(source)) and not any(
        c.dep_ == "compound" and c.lemma_.lower() in _MEASURES for c in source.children)  # "the poll numbers"


def _balance(noun: Token) -> bool:
    """'the current account', 'the current account balance': a balance of payments, no account anyone gave
    (a firm's 'accounts showed a deficit' report it)."""
    account = noun if noun.lemma_.lower() == "account" else \
        next((c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() == "account"), None)
    return account is not None and any(c.dep_ == "amod" and c.lower_ in ("current", "capital")
                                       for c in (*account.children, *noun.children))


def shown_with(verb: Token, obj: Token, prep: Token) -> bool:
    """'polls show the senator with a narrow lead', 'the video shows him with his hands raised': a 'with' phrase right
    after the bare object of a display verb is the standing or state shown, which the parse hangs on the verb; the
    one shown alone is no finding."""
    return verb.lemma_.lower() in _DISPLAY_VERBS and obj.dep_ == "dobj" and prep.dep_ == "prep" and \
        prep.lower_ == "with" and prep.left_edge.i == obj.right_edge.i + 1


def display_noun(verb: Token) -> bool:
    """'show' in 'talent show', 'music show': the bare form right after a singular common noun the parse made its
    subject (not a name the model knows: 'figures in the daily Pravda show X' may hang the paper on the verb)."""
    if verb.lemma_.lower() not in _DISPLAY_VERBS or verb.tag_ != "VBP" or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    return before.dep_ == "nsubj" and before.head.i == verb.i and \
        (before.tag_ == "NN" or before.tag_ == "NNP" and not before.ent_type_)  # 'Chat show X' tagged as a name
