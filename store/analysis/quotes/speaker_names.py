"""Speaker names made whole: co-sources, short and misspelt names, unnamed sources in lower case, labels."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ...sources import as_source
from ..entities.gazetteer import nationality_adjective
from ..entities.names import is_first_name
from ..entities.referents import contains, ends_in_a_legal_form, fold
from ..entities.vocabulary import ORG_TAILS, ORG_WORDS
from ..types import NUMERIC_LABELS, Quote
from .attach import Cue
from .index import text_of
from .lone_names import a_name_after_all
from .speakers.resolver import SpeakerResolver
from .speakers.unnamed import outlet_name
from .speakers.words import GROUP, OUTLET_NOUNS, PEOPLE, TITLE_WORDS


def with_co_sources(quotes: list[Quote], cues_at: dict[int, Cue], resolver: SpeakerResolver) -> list[Quote]:
    """'The Investigative Committee and the FSB said …': one record for each named source, over the same words."""
    out = []
    for q in quotes:
        out.append(q)
        cue = cues_at.get(q.cue_start)
        if cue is None or cue.source is None or not q.speaker or not q.speaker[:1].isupper():
            continue
        if resolver.resolve(cue.source)[0] != q.speaker:
            continue  # the speaker came from elsewhere (a pronoun's antecedent, a run): the cue's subject is not it
        said = {q.speaker}
        if resolver.naming(cue.source) is None:
            continue  # "American Telephone and Telegraph said": one name written with "and"
        for other in cue.source.conjuncts:
            if other.i < cue.source.i or other.pos_ not in ("PROPN", "NOUN") or other.lower_ in GROUP or \
                    len(other.text) <= 2 or resolver.naming(other) is None:  # "S and P said"
                continue
            name, s_start, s_end = resolver.resolve(other)
            if name and name[:1].isupper() and name not in said:
                said.add(name)
                out.append(replace(q, speaker=name, speaker_start=s_start, speaker_end=s_end))
    return out


def short_names_in_full(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """'the Court of Justice', 'the European Court', 'Stardom', 'the Exchange': a speaker whose words run
    inside the one longer organisation name the article gives ("European Court of Justice", "World Wonder
    Ring Stardom", "Hong Kong Stock Exchange") is that organisation. A person, a place or a name that runs
    inside two organisations' names keeps its own."""
    labels: dict[str, set[str]] = {}
    for e in doc._.entities or []:
        labels.setdefault(e.canonical or e.text, set()).add(e.label)
    orgs = {n for n, kinds in labels.items() if "ORG" in kinds and len(n.split()) > 1}
    # named in full, even untagged; not an unnamed source that keeps a capital ("Trump campaign source"), whose
    # last word is a common noun: "Trump campaign" is no short form of it
    orgs |= {q.speaker for q in quotes if q.speaker and q.speaker[:1].isupper() and len(q.speaker.split()) > 1 and
             not labels.get(q.speaker, set()) & {"PERSON", "GPE", "LOC", "NORP"} and not q.speaker.split()[-1].islower()}
    out = []
    for q in quotes:
        name = q.speaker
        if name and name[:1].isupper() and not labels.get(name, set()) & {"PERSON", "GPE", "LOC", "NORP", "ORG"} \
                and not _plural_opening(doc, name, q.speaker_start):
            words = name.split()
            longer = {o for o in orgs if len(o.split()) > len(words) and contains(o.split(), words) and
                      q.cue not in o.split()}  # a headline taken for a name, cue and all, is no longer name
            if len(words) == 2 and is_first_name(words[0]) and any(o.endswith(" " + name) for o in longer):
                longer = set()  # "… Industry Hajime Tamura": a post the model ran into its holder's name
            if len(longer) == 1:
                q = replace(q, speaker=longer.pop())
        out.append(q)
    return out


def _plural_opening(doc: Doc, name: str, start: int | None) -> bool:
    """'Dealers noted …' opening a sentence are dealers, not the '… Bond Dealers' association named before: a plural
    common noun capitalised only by its place is no short form of a name ending in the word. 'Police said' after
    '… Judicial Police' is that force: a collective noun without a plural's -s stays its short form."""
    if start is None or " " in name or not name.endswith("s"):
        return False
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].tag_ == "NNS" and span[0].is_sent_start


def misspelt_surnames(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """'Gaspar said …. Gasper said', 'Yahya Sarea said …. Saree said': a one-word speaker no name of the
    article has, one letter away from one person's surname (five letters at least, same first letter),
    is that person."""
    people = {e.canonical or e.text for e in doc._.entities or [] if e.label == "PERSON"}
    known = {w for n in people if " " in n for w in n.split()}
    surnames: dict[str, set[str]] = {}
    for name in people:
        surnames.setdefault(name.split()[-1], set()).add(name)
    out = []
    for q in quotes:
        word = q.speaker
        if word and " " not in word and word[:1].isupper() and len(word) >= 5 and word not in known:
            close = {n for s, names in surnames.items() if s[:1] == word[:1] and len(s) >= 5 and _one_apart(s, word)
                     for n in names if " " in n}
            if len(close) == 1:
                q = replace(q, speaker=close.pop())
        out.append(q)
    return out


def joint_sources(text: str, quotes: list[Quote]) -> list[Quote]:
    """'according to a USA TODAY/Suffolk University poll', 'an NBC News/Wall Street Journal poll': two sources
    joined by a slash, one record for each over the same words (as "X and Y said" gives), never one garbled name.
    A slash pair closing on a legal form ("<A>/<B> Holdings Inc") is one firm's registered name: it speaks once,
    under the whole name, and so does a later quote under either half ("<A> said")."""
    firms: dict[str, str] = {}
    for q in quotes:
        m = _JOINT.search(text, q.speaker_start, q.speaker_end) if q.speaker and q.speaker_start is not None else None
        if m is not None and q.speaker in (m.group(1), m.group(2), m.group(0)) and \
                ends_in_a_legal_form(m.group(2)):
            firms.update(dict.fromkeys(m.group(0, 1, 2), m.group(0)))
    out = []
    for q in quotes:
        if q.speaker in firms:
            whole = replace(q, speaker=firms[q.speaker])
            if not any(o.speaker == whole.speaker and o.start == q.start and o.end == q.end for o in out):
                out.append(whole)
            continue
        m = _JOINT.search(text, q.speaker_start, q.speaker_end) if q.speaker and q.speaker_start is not None else None
        # 'K/B-Tel Inc' is one firm's name: a single letter is no source of its own
        sides = [m.group(1), m.group(2)] if m is not None and len(m.group(1)) > 1 and len(m.group(2)) > 1 else []
        if len(sides) == 2 and (q.speaker in sides or q.speaker == "/".join(sides)):
            s_start, s_end = m.start(1), m.end(2)
            out.extend(replace(q, speaker=side, speaker_start=s_start, speaker_end=s_end) for side in sides)
            continue
        out.append(q)
    return out


_SIDE = r"[A-Z][\w.&'’-]*(?: (?:of |and |& )?[A-Z][\w.&'’-]*)*"
_JOINT = re.compile(rf"\b(?!(?:A|An|The) )({_SIDE})/({_SIDE})")  # "A CNN/ORC poll": the article is no part of it


# the ticker wire copy writes after a firm's name: "<KESG.F>", "<BT.N>"
_TICKER = re.compile(r"\s*<[^<>\s]+>")


def brackets_cut_off(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """Wire copy's brackets left in a speaker's name: a ticker inside it ("a Kessler AG <KESG.F> spokesman") or one
    half of the brackets round an unlisted firm's name ("<Harwood Group Plc> said" read as "Harwood Group Plc>").
    The ticker goes; a name with half a bracket is the organisation the model tagged over or just before those words,
    else the words without it. The reader saw the same firm under two names, one with a stray bracket."""
    if not any(q.speaker and ("<" in q.speaker or ">" in q.speaker) for q in quotes):
        return quotes
    orgs = [e for e in doc._.entities or [] if e.label == "ORG"]
    names: dict[str, str] = {}
    for q in quotes:
        if not q.speaker or q.speaker in names or not ("<" in q.speaker or ">" in q.speaker):
            continue
        name = " ".join(_TICKER.sub(" ", q.speaker).split())
        if "<" in name or ">" in name:
            bare = " ".join(name.replace("<", " ").replace(">", " ").split())
            tagged = [e.canonical or e.text for e in orgs if q.speaker_start is not None and
                      e.start <= q.speaker_end and q.speaker_start <= e.end and
                      (not bare or bare in e.text or e.text in bare)]
            # a bracket left by mark-up, not by wire copy ('">Sanders'), is no firm's: the name stays as it was
            name = tagged[0] if len(set(tagged)) == 1 else bare if bare[:1].isalnum() else None
        if name:
            names[q.speaker] = name
    return [replace(q, speaker=names[q.speaker]) if q.speaker in names else q for q in quotes]


def owners_cut_off(quotes: list[Quote]) -> list[Quote]:
    """'Commentary’s Noah Rothman', 'the Forum’s Ana Ruiz': a person named after whose man or woman they are is
    the person (DESIGN.md: the affiliation stands beside the name, never inside it)."""
    out = []
    for q in quotes:
        m = _OWNED_PERSON.match(q.speaker or "")
        if m is not None and is_first_name(m.group(1).split()[0]):
            q = replace(q, speaker=m.group(1))
        out.append(q)
    return out


def outlets_by_their_name(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """'Interfax news agency said', 'the official Tanjug news agency': an outlet speaks under its name, without the
    kind of outlet it is (DESIGN.md, "Canonical names"); only a name the entities give an organisation's, so "an
    Algerian newspaper" stays an unnamed paper."""
    orgs = [e.text for e in doc._.entities or [] if e.label == "ORG"]
    out = []
    for q in quotes:
        words = (q.speaker or "").split()
        name = outlet_name(words) if len(words) > 1 and words[-1] in OUTLET_NOUNS else None
        if name and any(o == name or o.startswith(name + " ") for o in orgs):
            q = replace(q, speaker=name)
        out.append(q)
    return out


def titles_cut_off(quotes: list[Quote], table: dict) -> list[Quote]:
    """'Minister of State Ann Ruiz', 'Tom Vance QC': a title or a post-nominal left on a person's name is no part of
    it (DESIGN.md: the name without titles or roles); the title before the name becomes the role when none is known.
    Only title words before a given name go: "State Street Bank" keeps its words."""
    out = []
    for q in quotes:
        words = q.speaker.split() if q.speaker and q.speaker[:1].isupper() else []
        known = table.get(q.speaker) if words else None
        role = q.speaker_role or (known.role if known is not None else None)
        if words[-1:] and words[-1] in _POST_NOMINALS and (len(words) > 2 or words[-1] in _COUNSEL):
            words = words[:-1]
        affiliation = q.affiliation or (known.affiliation if known is not None else None)
        titled = _title_before_name(words)
        if titled is not None:
            post, body, words = titled
            role, affiliation = role or post, affiliation or body
        if words and words != q.speaker.split():  # a name only spaced otherwise ("Ana\xa0Ruiz") keeps its spacing
            q = replace(q, speaker=" ".join(words), speaker_role=role, affiliation=affiliation)
        out.append(q)
    return out


def _title_before_name(words: list[str]) -> tuple[str, str | None, list[str]] | None:
    """'Minister of State Ana Ruiz', 'Dutch Minister of State Ana Ruiz', 'Director-General of the Forum Ana Ruiz':
    (the title, the body after "of" or "to", the name) when the words are a title, opening the speaker or after a
    nationality or a place, then maybe the body it is held in, then a person's name; a field in lower case after the
    title ("Director of rugby Ana Ruiz") is part of the title."""
    for m in (3, 2):
        if len(words) <= m or not a_persons_name(words[-m:]):
            continue
        head = words[:-m]
        t = next((i for i, w in enumerate(head[:3]) if _title_word(w)), None)
        if t is None or not all(w[:1].isupper() for w in head[:t]):
            return None
        end = t + 1
        while end < len(head) and (_title_word(head[end]) or fold(head[end]) in _TITLE_JOINS and
                                   end + 1 < len(head) and _title_word(head[end + 1])):
            end += 1
        rest = head[end:]
        if _field_of(rest):  # "<Club> director of rugby Ana Ruiz": the post with its field, the name alone
            return " ".join(head[t:]), None, words[-m:]
        if rest and not (len(rest) > 1 and fold(rest[0]) in _BODY_JOINS and
                         all(w[:1].isupper() or fold(w) in _TITLE_JOINS for w in rest[1:])):
            return None
        body = " ".join(rest[1:]).removeprefix("the ") if rest else None
        return " ".join(head[t:end]), body, words[-m:]
    return None


def _field_of(rest: list[str]) -> bool:
    """'of rugby', 'of research and development': the field a post is over, in lower case after its title; not a
    body ("of the Fund") nor the holder's other posts ("of both")."""
    return 1 < len(rest) <= 4 and rest[0] == "of" and rest[1] not in _NO_FIELD and \
        all(w.isalpha() and w.islower() for w in rest[1:])


def _title_word(word: str) -> bool:
    """'Minister', 'Director-General': a title's word (each part of a hyphened one)."""
    w = fold(word)
    return w not in _TITLE_JOINS and (w in TITLE_WORDS or "-" in w and all(p in TITLE_WORDS for p in w.split("-")))


def people_cut_from_organisations(quotes: list[Quote]) -> list[Quote]:
    """'Amnesty International Ana Ruiz', 'Tom Vance, Vance and Co': a person's name the model ran into their
    organisation's is the person, the organisation their affiliation (DESIGN.md: "never Amnesty International
    Man-kei Tam"). The organisation's part ends on a word that ends organisations' names ("International",
    "Co") or on a comma; the person's part is two or three capitalised words opening on a given name."""
    out = []
    for q in quotes:
        split = _person_and_organisation(q.speaker) if q.speaker and q.speaker[:1].isupper() else None
        if split is not None:
            q = replace(q, speaker=split[0], affiliation=q.affiliation or split[1])
        out.append(q)
    return out


def _person_and_organisation(name: str) -> tuple[str, str] | None:
    if ", " in name:  # "Tom Vance, Vance and Co": the name, then the firm
        person, org = name.split(", ", 1)
        return (person, org) if a_persons_name(person.split()) and org[:1].isupper() else None
    words = name.split()
    for k in range(1, len(words) - 1):
        if fold(words[k - 1]) in ORG_WORDS | ORG_TAILS and a_persons_name(words[k:]):
            return " ".join(words[k:]), " ".join(words[:k])
    return None


def a_persons_name(words: list[str]) -> bool:
    """'Ana Ruiz', 'Man-kei Tam': a given name (or a hyphened one, "Man-kei") and a surname, capitalised, no
    word that ends an organisation's name or is a title."""
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and fold(w) not in ORG_WORDS | ORG_TAILS | TITLE_WORDS
                                        for w in words) and \
        (is_first_name(words[0]) or re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[0]) is not None)


_COUNSEL = {"QC", "KC", "SC"}  # "Hall QC": a barrister's rank, never a name's word
_POST_NOMINALS = _COUNSEL | {"MP", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "PhD"}
_TITLE_JOINS = {"of", "for", "the", "and"}
_BODY_JOINS = {"of", "to", "at", "for"}  # "Ambassador to the Forum", "Director of the Fund"
_NO_FIELD = {"the", "a", "an", "both", "all", "each", "its", "his", "her", "their"}


_OWNED_PERSON = re.compile(r"[A-Z][^’']*[’']s ((?:[A-Z][\w.-]*\.? ){1,2}[A-Z][\w’'-]+)$")


def _one_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


_BARE_QUANTIFIERS = {"some", "others", "many", "most", "several", "few", "both", "all"}


def unnamed_in_lower_case(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """An unnamed source is written in lower case (DESIGN.md): "Dealers agreed" opening a sentence is
    "dealers", as the views across the library list it; a name or an acronym keeps its capitals."""
    canonicals = {e.canonical or e.text for e in (doc._.entities or [])}
    # "Lopez campaign" opening a sentence where the model took "Lopez" for a common noun: a person's surname
    surnames = {(e.canonical or e.text).split()[-1] for e in (doc._.entities or []) if e.label == "PERSON"}
    text = text_of(doc)
    out = []
    for q in quotes:
        if q.speaker and q.speaker.lower() in _BARE_QUANTIFIERS:  # "Some said …" right after "traders said": traders
            last = out[-1] if out else None
            earlier = last.speaker if last is not None and last.speaker and last.speaker[:1].islower() and \
                last.speaker.endswith("s") and q.start - last.end < 600 else None
            q = replace(q, speaker=earlier or q.speaker)
        if q.speaker:
            name, named = as_source(q.speaker, canonicals, text, q.speaker_start)
            if name and not named and name[:1].isupper() and name.split()[0] not in surnames:
                name = _common_first_word(doc, name, q.speaker_start, q.speaker_end)
            if name and not named and name != q.speaker and not a_name_after_all(q.speaker, text) and \
                    not _proper_noun(doc, q.speaker, q.speaker_start, q.speaker_end):
                q = replace(q, speaker=name)
        out.append(q)
    return out


def _proper_noun(doc: Doc, name: str, start: int | None, end: int | None) -> bool:
    """'The Army said', 'Parillo said' opening a sentence: one word the model tagged a singular proper noun is a
    name, not a common noun whose capital only opens the sentence ("Dealers", "Officials" are plural nouns)."""
    if start is None or end is None or " " in name:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    token = next((t for t in span if t.text == name), None) if span is not None else None
    return token is not None and token.tag_ == "NNP" and token.lower_ not in PEOPLE and \
        not (token.dep_ == "compound" and token.head.pos_ == "NOUN")  # "Television reports said"


def _common_first_word(doc: Doc, name: str, start: int | None, end: int | None) -> str:
    """'Money market dealers said': a common noun capitalised only because it opens the sentence is
    lower-cased; 'Commerce Ministry officials' keeps the name it starts with."""
    if start is None or end is None:
        return name
    first = name.split()[0]
    span = doc.char_span(start, end, alignment_mode="expand")
    token = next((t for t in span if t.text == first), None) if span is not None else None
    # "Twelve percent said": an amount opening the sentence is a common word, though the model tags it
    if token is None or not token.is_sent_start or token.pos_ == "PROPN" or \
            token.ent_type_ and token.ent_type_ not in NUMERIC_LABELS or \
            len(first) > 1 and first.isupper() or \
            nationality_adjective(first) and len(name.split()) > 1:  # "Dutch members": a people's, untagged
        return name
    return name[:1].lower() + name[1:]


def full_name(text: str, label: str) -> str | None:
    """'RUIZ' -> 'Ana Ruiz': the first given name and surname in the text that end in the label's word."""
    if not label.isupper() or " " in label:
        return None
    m = re.search(r"\b[A-Z][a-z][\w'’-]* " + re.escape(label.title()) + r"\b", text)
    return m.group(0) if m else None
