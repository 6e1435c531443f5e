"""'Asked if the bank would cut rates, the governor said X', 'Baker, asked whether he was worried, said no': the
question is put to the one the clause names, by someone the sentence leaves unnamed (a reporter), so its asker, not
the one who answers, is its source; PolNeAR gives such a question no source unless 'by' names the asker, whom the
passive's agent already gives."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cue_table import cues, saying_verbs

_QUESTIONED = frozenset(cues()["questioned_verbs"])


def put_to_them(verb: Token) -> bool:
    """A passive participle of asking with no subject of its own, set before or beside the one who answers; not
    an active perfect one ('having questioned her abilities')."""
    # 'Holm, asked if X, said Y' is tagged a past tense as often as a participle: between commas it is the aside
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return participle and verb.dep_ in ("advcl", "acl") and verb.lemma_.lower() in _QUESTIONED and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in verb.children) or \
        answer_after_aside(verb) is not None


def answer_after_aside(verb: Token) -> Token | None:
    """'Baker, asked whether he was worried, said he was not': the model often reads the aside's participle as the
    sentence's main verb in the past, the answerer as its subject and the answer's verb as its clause, so the
    answerer seemed to ask. Between commas right after its subject, with no auxiliary or object, and a verb of
    saying with no subject of its own after the aside's closing comma, the participle is the question put; gives
    that verb (its subject is the answerer)."""
    doc = verb.doc
    if verb.lemma_.lower() not in _QUESTIONED or verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or \
            doc[verb.i - 1].text != "," or verb.i + 1 >= len(doc) or doc[verb.i + 1].is_punct:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.right_edge.i not in (verb.i - 2, verb.i - 1) or subject.pos_ == "PRON" or \
            any(c.dep_ in ("aux", "auxpass", "dobj", "dative") for c in verb.children):
        return None
    # the answer's verb is the participle's clause, or a conjunct the parse hung deeper in the question, or the
    # verb the participle's clause hangs on
    for answer in (*(t for t in verb.subtree if t.i > verb.i + 1), verb.head):
        if (answer.dep_ in ("ccomp", "conj") or answer.i == verb.head.i and verb.dep_ in ("advcl", "ccomp")) and \
                answer.i > verb.i and answer.pos_ == "VERB" and answer.lemma_.lower() in saying_verbs() and \
                doc[answer.i - 1].text == "," and answer.i - 1 > verb.i + 1 and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in answer.children):
            return answer
    return None


def put_at(doc: Doc, start: int) -> bool:
    """The cue at character `start` is such a question, whose answerer the paragraph's person rules must not give it."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and put_to_them(span[0])


def answerer(answer: Token) -> Token | None:
    """The subject the parse gave the question's participle in 'Baker, asked whether X, said Y': the one who said
    Y, which the answer's verb, with no subject of its own, would otherwise not find."""
    for asked in (*answer.children, *answer.ancestors):
        if asked.i < answer.i and asked.lemma_.lower() in _QUESTIONED:
            put = answer_after_aside(asked)
            if put is not None and put.i == answer.i:
                return next(c for c in asked.children if c.dep_ == "nsubj")
    return None
