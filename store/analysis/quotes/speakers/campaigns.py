"""'Clinton's campaign said', 'his campaign said': a candidate's campaign speaks under the name news copy gives it,
"Clinton campaign", as "the Clinton campaign said" already does, never as a bare "campaign" that loses whose it
is. The owner's surname is taken so every way of writing it ("Hillary Clinton's", "her", "Mrs. Clinton's") is one
speaker."""

from __future__ import annotations

from spacy.tokens import Token

from ...entities.names import GENERATION_MARKS
from .words import PERSONAL

# an organisation that is one person's and that news copy names after them
CAMPAIGN_NOUNS = {"campaign", "camp"}


def campaign_owner(token: Token) -> Token | None:
    """The person whose campaign the word is: "Clinton's campaign", "her campaign"; not "the ad campaign", nor
    "the company's campaign" (the owner must be a name or "his"/"her"; whether the name is a person's is the
    resolver's to say)."""
    if token.lower_ not in CAMPAIGN_NOUNS or token.tag_ != "NN":
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.pos_ in ("PROPN", "NOUN") and owner.text[:1].isupper() or owner.lower_ in PERSONAL):
        return None
    if any(c.dep_ in ("amod", "compound") for c in token.lefts):
        return None  # "Trump's presidential campaign", "her ad campaign": a campaign of some kind, said as such
    return owner


def campaign_name(person: str) -> str:
    """'Hillary Clinton' -> 'Clinton campaign'; 'Joseph R. Biden Jr.' -> 'Biden campaign'."""
    words = [w.rstrip(",") for w in person.split()]
    while len(words) > 1 and words[-1].lower() in GENERATION_MARKS:
        words.pop()
    return words[-1] + " campaign"


def bare_campaign(token: Token) -> bool:
    """'the campaign said' with nothing to say whose: no owner, kind or 'of'/'for' phrase of its own."""
    if token.lower_ not in CAMPAIGN_NOUNS or token.tag_ != "NN":
        return False
    lefts = list(token.lefts)
    return bool(lefts) and all(c.dep_ == "det" and c.lower_ == "the" for c in lefts) and \
        not any(c.dep_ == "prep" for c in token.rights)


def last_campaign_owner(token: Token) -> Token | None:
    """Whose campaign the article last named before the token ("the Sanders campaign", "her campaign"): the one a
    bare "the campaign" after it stands for, as a reader takes it."""
    for t in reversed(token.doc[:token.i]):
        if t.lower_ in CAMPAIGN_NOUNS and t.tag_ == "NN" and not bare_campaign(t):
            # the nearest campaign said with more than "the" decides: "the company's campaign" is no one's to name,
            # and "a foundering Trump campaign" only talked about is not the one whose words come next
            owner = campaign_owner(t)
            if owner is None and t.dep_ == "nsubj":  # "the Sanders campaign said …"
                owner = next((c for c in t.lefts if c.dep_ in ("compound", "amod") and c.text[:1].isupper() and
                              c.i == t.i - 1), None)
            return owner
    return None
