"""Full names with a lower-case particle between their words ('Sebastiao do Rego Barros', 'Ursula von der
Leyen'). The small model often stops at the particle and tags each side apart, one of them as a place or a
firm: a person's name on either side makes the whole run, particle included, one person's name."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .gazetteer import is_place
from .mentions import Mention, mention_of
from .vocabulary import TITLES

# words that open a firm's or an institution's name in the languages that join names with these particles
FIRM_OPENERS = {"banco", "banca", "banque", "cie", "caixa", "companhia", "compania", "compañía", "compagnie",
                "sociedade", "sociedad", "société", "societe", "grupo", "groupe", "instituto", "institut",
                "universidade", "universidad", "université", "ministerio", "ministério", "ministère", "casa",
                "petroleos", "petróleos", "jornal", "diario", "diário", "gazeta", "correio"}

PARTICLES = {"da", "de", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "bin",
             "ibn"}

# Arabic's article, written onto the family name by a hyphen: "Saud al-Faisal", "Abdul-Karim al-Kabariti"
_JOINED_ARTICLES = {"al", "el"}

_MOST_WORDS = 3  # on each side of the particles

# a particle elided before a vowel, written onto the name after it: "d'Estaing", "D’Alema", "dell'Utri"
_ELIDED = re.compile(r"(?:d|D|dell|dall|l)['’][A-ZÀ-Ý]\w+")


def _name_word(tok) -> bool:
    # "The Jornal do Brasil": an article opens a name no person has
    return tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() and tok.lower_ not in TITLES \
        and tok.lower_ != "the"


def names_with_particles(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    joined: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        if m.label != "PERSON":
            continue
        start, end = m.start, m.end
        if end < len(doc) and _ELIDED.fullmatch(doc[end].text) and doc[end - 1].whitespace_:
            joined.setdefault((start, end + 1), m)  # "Valéry Giscard [d'Estaing]": the particle and name are one token
            continue
        if end + 2 < len(doc) and doc[end].text in _JOINED_ARTICLES and not doc[end].whitespace_ \
                and doc[end + 1].text == "-" and not doc[end + 1].whitespace_ and _name_word(doc[end + 2]):
            joined.setdefault((start, end + 3), m)  # "Abdul-Karim [al-Kabariti]": the article joined by its hyphen
            continue
        while end < len(doc) and doc[end].text in PARTICLES:
            end += 1
        if end > m.end:  # "Ursula [von der] Leyen": the particles after the name, then the rest of it
            last = end
            while end < len(doc) and end - last < _MOST_WORDS and _name_word(doc[end]) and not doc[end].is_sent_start:
                end += 1
            if end == last:
                continue
        else:  # "Sebastiao [do] Rego Barros": the particles before the name, then its first words
            while start > 0 and doc[start - 1].text in PARTICLES:
                start -= 1
            if start == m.start:
                continue
            first = start
            while start > 0 and first - start < _MOST_WORDS and _name_word(doc[start - 1]) \
                    and not doc[start].is_sent_start:
                start -= 1
            if start == first:
                continue
        joined.setdefault((start, end), m)
    if not joined:
        return mentions
    kept = [m for m in mentions if not any(a < m.end and m.start < b for a, b in joined)]
    for (a, b), m in joined.items():
        # "Banco do Brasil", of which the model tagged 'Banco' an organisation: a firm's name, not a person's
        firm = doc[a].lower_ in FIRM_OPENERS or any(o.label == "ORG" and a < o.end and o.start < b for o in mentions)
        if firm:
            kept.append(mention_of(doc[a:b], "ORG", None, None))
        elif is_place(doc[a:b].text, places):  # "Mato Grosso do Sul", a state the model took for a person
            kept.append(mention_of(doc[a:b], "GPE", None, None))
        else:
            kept.append(mention_of(doc[a:b], "PERSON", m.role, m.affiliation))
    return sorted(kept, key=lambda m: m.start)
