"""Named entities with the canonical name the article knows each by.

- `component`: the spaCy component: relabels the small model's common mistakes and
  groups mentions of one referent under one canonical name.
- `gazetteer`: places (GeoNames, pycountry) and their aliases (`place_aliases.json`).
- `names`: first names and their genders (a 40,000-name dictionary).
- `titles.json`: titles and roles that are not part of a name.
- `heads.json`: the words around a name that say what kind of thing it names ("Hospital",
  "the towns of", "a rescue ship", "wrote on"); the component reads each referent's kind from
  them for all its mentions, over the model's guess.
"""
