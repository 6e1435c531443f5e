"""'<Agency> cancelled the race. It also warned …': an "it" or "they" opening the sentence after one where an
organisation did something as its subject stands for that organisation, not for the source quoted paragraphs
before. The group pronouns otherwise go back to the last quoted source of their kind, and an organisation that
acted without saying anything was never one.

Only an act told in the past ("cancelled", "expressed"), in a sentence opening its paragraph: wire copy describes
a firm in the present between its reports ("<Unit> makes treadmills. It said …"), and a sentence that follows a
report in its paragraph may still be what was reported ("<Agency> said … . The EC had agreed … . It said …"); in
both the "it" is still the source that reported."""

from __future__ import annotations

from spacy.tokens import Span

from .words import SAID


def org_subject_before(resolver, before: int) -> tuple[str, int] | None:
    """(canonical name, where it stands) of the organisation that acted as the subject of the sentence that
    opens the pronoun's paragraph, when the pronoun opens the sentence after it."""
    doc = resolver.doc
    at = doc.char_span(before, before + 1, alignment_mode="expand")
    if at is None or at[0].i != at[0].sent.start or at[0].sent.start == 0:
        return None
    previous = doc[at[0].sent.start - 1].sent
    if "\n" in doc[previous.start : at[0].i].text_with_ws.rstrip() or _speaks(previous):
        return None
    if doc.text[: previous.start_char].rstrip(" ")[-1:] not in ("", "\n"):
        return None  # '<Agency> said … . The EC had agreed … . It said …': the act goes on with what was reported
    verb = previous.root
    if verb.tag_ != "VBD" or verb.lemma_.lower() in ("be", "have") or any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN") or any(c.dep_ == "conj" for c in subject.children):
        return None
    k = resolver.overlapping(subject.idx, subject.idx + len(subject))
    if k is None or resolver.ents[k].label != "ORG":
        return None
    return resolver.full[k], subject.idx


def _speaks(span: Span) -> bool:
    """A sentence that reports words: its subject may be one spoken of, and one who spoke there is a quoted
    source already."""
    return any(t.lemma_.lower() in SAID for t in span)
