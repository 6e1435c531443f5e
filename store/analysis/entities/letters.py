"""A company's short form made of its name's letters: 'TWA' after 'Trans World Airlines', 'ATT' after 'American
Telephone and Telegraph', 'S and P' after "Standard and Poor's Corp", 'VW' after 'Volkswagen AG', 'Adsteam' after
'Adelaide Steamship'. The model tags the short form alone, cuts the name at its "and" ("Telegraph", "Poor's Corp")
or tags nothing, so no other rule joins them; here the short form's mentions take the full name as canonical, the
pieces of a cut name become the name, and a name the model missed becomes a mention (DESIGN.md: an organisation's
acronym and short forms map to the fullest name the article gives). The speakers then read the name as they read
any short form's."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..doctext import text_of
from . import gazetteer
from .canonical import never_written_bare, spells
from .mentions import Mention, mention_of
from .referents import CORPORATE, contains
from .vocabulary import PERSON_ORG_ENDS

# a run of capitalised words, with the joining words between them: the names the text gives in full
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?: (?:(?:and|&|of|the|de|for) )?[A-Z][\w'’.-]*)+")
_LETTERS = re.compile(r"[A-Z](?: (?:and|&) [A-Z])+|[A-Z][A-Za-z]{1,7}")
# "S and P said": Reuters writes a company's "&" as "and"; the model seldom tags the letters
_JOINED_LETTERS = re.compile(r"\b[A-Z](?: (?:and|&) [A-Z])+\b")
_NOT_ORGS = ("PERSON", "GPE", "LOC", "NORP")
_BLEND = re.compile(r"[A-Z][a-z]{3,7}")


def company_letters(doc: Doc, mentions: list[Mention], canonical: dict[int, str]) -> list[Mention]:
    text = text_of(doc)
    forms: set[str] = set()
    blends: set[str] = set()
    for m in mentions:
        if m.label in ("ORG", "PERSON") and canonical.get(id(m), m.name) == m.name and _LETTERS.fullmatch(m.name) \
                and (m.label == "ORG" or m.name.isupper()):
            forms.add(m.name)
        elif m.label == "PERSON" and canonical.get(id(m), m.name) == m.name and _BLEND.fullmatch(m.name):
            blends.add(m.name)  # the model reads a blend ('Kelmar') as a surname: it stands for a firm only as a blend
    forms |= blends
    joined = [span for f in _JOINED_LETTERS.finditer(text)
              if (span := doc.char_span(f.start(), f.end())) is not None and _opens_a_phrase(span)] \
        if " and " in text or " & " in text else []
    untagged = [span for span in joined if span.text not in forms]
    forms.update(span.text for span in untagged)
    if not forms:
        return mentions
    not_orgs = {canonical.get(id(m), m.name) for m in mentions if m.label in _NOT_ORGS}
    places = {canonical.get(id(m), m.name) for m in mentions if m.label in _NOT_ORGS and m.label != "PERSON"}
    found: dict[str, str] = {}
    runs = None  # the text's runs of capitalised words, found once for all the forms
    for form in forms:
        if form in places:
            continue  # "US"
        first = text.find(form)
        named = {canonical.get(id(m), m.name) for m in mentions if m.label == "ORG" and doc[m.start].idx < first}
        names = {n for n in named if n != form and _spelt_by(form, n)}
        if form in blends:
            names = {n for n in names if _blend_of(form.lower(), _without_forms(n))}
        if form.isupper() or " " in form:  # the model may have missed the name, or cut it at its "and"
            runs = runs if runs is not None else _name_runs(doc, text)
            names |= {_trimmed(n, text) for n in _names_before(runs, first, form[0]) if _spelt_by(form, n)} - not_orgs
        pieces = {n for n in names if any(contains(n.split(), c.split()) for m in mentions
                                          if m.label == "ORG" and m.name != form
                                          and (c := canonical.get(id(m), m.name)) != n)}
        names = pieces or names  # "Standard and Poor's Corp", cut to "Poor's Corp"; not "Southern Power Corp"
        if " and " in form or " & " in form:  # letters joined by 'and' spell a name joined so, not "Sutton Price Corp"
            names = {n for n in names if " and " in n or " & " in n} or names
        if form in not_orgs and not names & named:
            continue  # a person's initials; letters the model read as a person's stand only for an organisation it knows
        longest = max(names, key=len, default=None)
        if longest and all(n in longest for n in names):  # "Trans World Airlines" in "Trans World Airlines Inc"
            # "INS" spells "Immigration and Naturalization Service" of the article's "U.S. Immigration and ...": that one
            holders = {n for n in named if n.endswith(" " + longest) and gazetteer.country_code(n[:-len(longest) - 1])}
            if not holders:  # "VA", "HUD": "Veterans Affairs" of the article's "Department of Veterans Affairs"
                holders = {n for n in named if n.endswith(" of " + longest) and _heads_an_office(n[:-len(longest) - 4])}
                fullest = max(holders, key=len, default=None)
                holders = {fullest} if fullest and all(h in fullest for h in holders) else holders
            found[form] = next(iter(holders)) if len(holders) == 1 else longest
    if not found:
        return mentions
    mentions = _whole_names(doc, text, mentions, canonical,
                            {n for n in found.values() if not gazetteer.country_code(n.replace("’", "'"))})
    for span in joined:
        # "S and [P] said": the model may tag the last letter alone, even where it read the letters whole before
        inside = [m for m in mentions if m.start < span.end and span.start < m.end]
        if span.text in found and all(span.start <= m.start and m.end <= span.end and len(m.name) == 1
                                      for m in inside):
            mentions = [m for m in mentions if m not in inside]
            mentions.append(mention_of(span, "ORG"))
    mentions.sort(key=lambda m: m.start)
    orgs = {canonical.get(id(m), m.name) for m in mentions if m.label == "ORG"}
    for m in mentions:
        name = canonical.get(id(m), m.name)
        full = found.get(name) or _inside(m, name, found.values(), orgs)
        if full:
            canonical[id(m)], m.label = full, "ORG"
            if code := gazetteer.country_code(full.replace("’", "'")):  # 'DPRK': a country, by the article's name
                canonical[id(m)], m.label = _country(mentions, canonical, code) or full, "GPE"
    return mentions


# what an office of state is called before "of" and the field it has in charge, which its letters often leave out
_OFFICES = {"department", "ministry", "office", "bureau", "agency", "commission", "committee", "council", "board",
            "administration", "institute", "court", "secretariat"}


def _heads_an_office(before: str) -> bool:
    """'Department', 'U.S. Department', 'the Ministry': an office's head word, after at most a country or "the"."""
    words = before.split()
    return 0 < len(words) <= 3 and words[-1].lower() in _OFFICES


def _country(mentions: list[Mention], canonical: dict[int, str], code: str) -> str | None:
    return next((canonical.get(id(m), m.name) for m in mentions if m.label == "GPE" and
                 gazetteer.country_code(canonical.get(id(m), m.name)) == code), None)


def _opens_a_phrase(span: Span) -> bool:
    """'S and P said', 'the S and P index'; not 'Class A and B shares', where the letters name kinds of a thing."""
    before = span.doc[span.start - 1] if span.start else None
    return before is None or before.is_sent_end or before.pos_ in ("DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "VERB",
                                                                   "AUX", "SPACE")


def _whole_names(doc: Doc, text: str, mentions: list[Mention], canonical: dict[int, str],
                 names: set[str]) -> list[Mention]:
    """Where the text writes a full name no mention covers whole ('American Telephone and Telegraph' tagged as
    'Telegraph', 'Trans World Airlines' not at all), one mention of it, in place of its pieces."""
    known = {canonical.get(id(m), m.name) for m in mentions}
    for name in names - known - {""}:  # an empty name would be found everywhere, for ever
        at = text.find(name)
        while at >= 0:
            span = doc.char_span(at, at + len(name))
            if span is not None:
                inside = [m for m in mentions if span.start <= m.start and m.end <= span.end]
                if all(m.label == "ORG" for m in inside) and not any(
                        m.start < span.end and span.start < m.end and m not in inside for m in mentions):
                    mentions = [m for m in mentions if m not in inside]
                    whole = mention_of(span, "ORG")
                    mentions.append(whole)
                    canonical[id(whole)] = name
            at = text.find(name, at + len(name))
    return mentions


def _name_runs(doc: Doc, text: str) -> list[tuple[int, list[list[str]]]]:
    """Each run of capitalised words in the text: where it ends, and its words cut into the pieces no sentence's
    end runs through."""
    stops = {t.idx for t in doc if t.text == "."}  # where the tokenizer split a sentence's full stop off its word
    return [(m.end(), _sentence_pieces(m, stops)) for m in _NAME_RUN.finditer(text)]


def _names_before(runs: list[tuple[int, list[list[str]]]], end: int, letter: str) -> list[str]:
    """Every run of capitalised words before `end`, and each of its runs that opens on a capitalised word: those
    that open with the form's first letter."""
    out = []
    for run_end, pieces in runs:
        if run_end > end:
            break
        for words in pieces:
            for i, w in enumerate(words):
                if w[:1] == letter:
                    for j in range(i + 2, len(words) + 1):
                        if words[j - 1][:1].isupper():
                            out.append(" ".join(words[i:j]))
    return out


def _sentence_pieces(run: re.Match, stops: set[int]) -> list[list[str]]:
    """A run's words, cut after a word whose full stop ends a sentence and without that stop: 'IRS' spells 'Internal
    Revenue Service', not the 'Service.' that closed a paragraph. The stop of 'Inc.' or 'U.S.', which the tokenizer
    keeps in the word, stays."""
    pieces: list[list[str]] = []
    words: list[str] = []
    at = run.start()
    for w in run.group(0).split(" "):
        if w.endswith(".") and at + len(w) - 1 in stops:
            pieces.append(words + [w[:-1]])
            words = []
        else:
            words.append(w)
        at += len(w) + 1
    return pieces + [words] if words else pieces


def _trimmed(name: str, text: str) -> str:
    name = name.removeprefix("The ")
    if not name.endswith(("'s", "’s")):
        return name
    # "<A> and <B>'s said": a name the article never writes without its mark, and once with no noun after
    # it, keeps it; not "Department of Energy's <Site>", an owner
    stem = re.escape(name[:-2])
    ends = re.search(rf"\b{stem}['’]s(?:[.;:)]| and | said\b)", text)
    return name if ends and never_written_bare(name[:-2], text) else name[:-2]


def _spelt_by(form: str, name: str) -> bool:
    """'TWA' by 'Trans World Airlines', 'Adsteam' by 'Adelaide Steamship', 'VW' by 'Volkswagen AG': each word of the
    name, corporate endings aside, gives the form a piece that opens it; a joining word may give none. A form in
    capitals alone may take its letters in order from one word that opens with the first ('VW')."""
    words = _without_forms(name)
    letters = form.replace(" and ", "").replace(" & ", "").lower()
    if not words or not letters:
        return False
    if not form.isupper() and _blend_of(letters, words):
        return True
    if len(words) == 1:
        word = words[0].lower()
        # 'VW' of 'Volkswagen', 'HC' of 'H.C.'; not 'INA' of 'IRNA': a word in capitals is a name of its own, not
        # one to take some of its letters from
        own = "".join(c for c in word if c.isalpha())
        return form.isupper() and (not words[0].isupper() or own == letters) and 1 < len(letters) < len(word) \
            and word[0] == letters[0] and _in_order(letters[1:], word[1:])
    return spells(letters, [w.lower() for w in words])


_FORMS = {c.rstrip(".") for c in CORPORATE}


def _without_forms(name: str) -> list[str]:
    words = [w.strip(".,'’") for w in name.split()]
    while words and words[-1].lower().rstrip(".") in _FORMS:
        words.pop()
    return words


def _blend_of(letters: str, words: list[str]) -> bool:
    """'Kelmar' of 'Kelton-Marsh Bank': a blend of the opening letters of the parts of a hyphenated first word,
    the kind of firm after it left out."""
    return bool(words) and "-" in words[0] and all(w.lower() in PERSON_ORG_ENDS for w in words[1:]) \
        and _blended(letters, words[0].lower().split("-"))


def _blended(letters: str, parts: list[str]) -> bool:
    """Whether the letters are the openings of the parts, two letters or more of each, in order: 'amro' of
    'amsterdam', 'rotterdam'; not 'ar', nor a form that leaves a part out."""
    if len(parts) < 2 or len(letters) < 4:
        return False

    def fits(i: int, j: int) -> bool:
        if j == len(parts):
            return i == len(letters)
        part = parts[j]
        return any(letters[i:i + k] == part[:k] and fits(i + k, j + 1)
                   for k in range(2, min(len(part), len(letters) - i) + 1))

    return fits(0, 0)


def _in_order(letters: str, word: str) -> bool:
    at = 0
    for c in letters:
        at = word.find(c, at) + 1
        if not at:
            return False
    return True


def _inside(m: Mention, name: str, full, orgs: set[str]) -> str | None:
    """'American Telephone', 'Standard', "Poor's Corp": an organisation whose words run inside the one name a short
    form stood for (the model cut the name at its "and") is that name; not 'Fox' beside 'Fox News' as well."""
    if m.label != "ORG" or not name[:1].isupper():
        return None
    found = {f for f in set(full) | orgs if len(f) > len(name) and contains(f.split(), name.split())}
    return found.pop() if len(found) == 1 and found <= set(full) else None
