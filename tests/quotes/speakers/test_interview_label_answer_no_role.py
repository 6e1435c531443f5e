"""An interview's turn label names who answers; the words after it are the answer, never a description of the
speaker, though the parse may hang a short opening phrase on the name as an apposition (real model). The
sentences and the name are our own."""

from __future__ import annotations

from store.analysis import analyze

_TURNS = ("((WN))  How did you check the samples?\n\n"
          "((Mara Lindqvist))  So.  We ran a blank sample every time.\n")


def _roles(nlp, text: str) -> tuple[list, list]:
    result = analyze(nlp, text)
    return ([e.role for e in result.entities if e.label == "PERSON"], [q.speaker_role for q in result.quotes])


def test_a_short_answer_after_a_bracket_label_is_no_role(nlp) -> None:
    for opening in ("Biggest regret.", "Not quite millennia."):
        text = (f"((Mara Lindqvist))  {opening}  Another team tried it first on wooden tools, so that would be a "
                f"few hundred years old.\n\n{_TURNS}")
        entity_roles, speaker_roles = _roles(nlp, text)
        assert entity_roles and all(r is None for r in entity_roles), opening
        assert speaker_roles and all(r is None for r in speaker_roles), opening


def test_the_speaker_keeps_the_role_the_article_gives(nlp) -> None:
    text = ("Mara Lindqvist, a chemist at the Oslo museum, spoke about the bone tools.\n\n"
            f"((Mara Lindqvist))  Biggest regret.  We waited too long to test the older pieces.\n\n{_TURNS}")
    _, speaker_roles = _roles(nlp, text)
    assert "chemist" in speaker_roles
    assert "Biggest regret" not in speaker_roles
