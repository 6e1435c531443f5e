"""The speaker of a quote: a source mention resolved to the name the article knows its speaker by.

- `resolver`: `SpeakerResolver`, which resolves a mention, built from the rules of
  `subjects` (salient subjects, subjects the parse hung on the wrong word), `organisations`
  (short forms: "the exchange", "the company", a document's issuer), `titles` ("the minister"
  for the person holding the title), `pronouns` (whom "he" or "she" stands for) and `unresolved_pronouns`
  (a pronoun left standing for no one is no speaker, once the passes that copy speakers on have run).
- `phrases`: "of" phrases, partitives and amounts ("some of the traders", "50 pct of the managers").
- `unnamed`: an unnamed source as the article words it ("Commerce Ministry officials").
- `group_pronouns`: "they", "it", "some" standing for an earlier source of the right kind.
- `firm_before_it`: an "it" that speaks in a sentence naming one firm before it, with no subject to stand for
  ("Shares in <Firm> fell after it warned …").
- `units`: a company's unit as the subject of "said" ("<Parent>'s <Unit> unit said"): the unit's own name, or the
  parent's for a unit the wire gives no name.
- `words`: the words these rules look for; the pronouns are one table in ../cues.json.
"""
