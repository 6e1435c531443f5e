"""A press review names each paper in capitals on a line of its own over the dashed summaries of its stories: the
name is a newspaper's, an organisation, whole (real model; our own sentences)."""

from __future__ import annotations

from entity_support import label_by_text

LEAD = ("VIENTIANE, May 3 - These are the main stories in the Lao press on Tuesday.\n\n"
        "We have not checked these stories and cannot vouch for them.\n\n")
REVIEW = ("LE RENOVATEUR\n\n- Rice farmers in the south expect a good harvest after the early rains.\n\n"
          "PASASON\n\n- The finance ministry plans to issue new bonds next month.\n\n"
          "KHAO SAN PATHET LAO\n\n- A new bridge over the river will open in June.\n")


def test_each_paper_of_the_review_is_an_organisation_named_whole(nlp):
    found = label_by_text(nlp, LEAD + REVIEW)
    for paper in ("LE RENOVATEUR", "PASASON", "KHAO SAN PATHET LAO"):
        assert found.get(paper) == "ORG", (paper, found)
    assert not any(text in found for text in ("LE", "RENOVATEUR", "PATHET LAO", "LAO"))


def test_a_subhead_over_a_dashed_list_outside_a_press_review_is_left_alone(nlp):
    story = ("GENEVA, May 3 - Ministers agreed on Tuesday to cut tariffs on farm goods over five years.\n\n"
             "MAIN POINTS\n\n- Tariffs fall by a tenth each year.\n\n- Poor countries get ten years.\n")
    assert label_by_text(nlp, story).get("MAIN POINTS") != "ORG"
