"""Named entities with the canonical name the article knows each by.

- `component`: the spaCy component: the steps below, in the order they must run.
- `tidy`: the model's entities made into mentions (trimmed, split where two names ran together).
- `untagged`: names the model missed or cut short (legal forms, brackets, firms, untagged full names).
- `kinds`: each referent's kind from all its mentions and their context, over the model's guess.
- `canonical`: mentions clustered into referents under one canonical name; the referent table.
- `roles`: titles and jobs taken off names.
- `descriptions`: what the article says each person is around the name: role and affiliation
  ("Maroochydore assistant coach Ben Radmall", "X, who heads GOSPLAN"); never a country or place.
- `mentions`: the mention record and the per-article word counts the rules share.
- `vocabulary`: the word lists the rules read (`titles.json`, `heads.json` and small closed classes).
- `referents`: name keys (case and diacritics folded) and the Referent record.
- `gazetteer`: places (GeoNames, pycountry) and their aliases (`place_aliases.json`).
- `names`: first names and their genders (a 40,000-name dictionary).
- `titles.json`: titles and roles that are not part of a name.
- `heads.json`: the words around a name that say what kind of thing it names ("Hospital",
  "the towns of", "a rescue ship", "wrote on"); `kinds` reads each referent's kind from
  them for all its mentions, over the model's guess; and the other word lists the rules read (an
  organisation's words, the openings and endings of place names, the states' abbreviations).
"""
