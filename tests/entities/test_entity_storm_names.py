"""Storms' names (real model and pipeline): 'Tropical Cyclone <Name>', of which the model tags only 'Cyclone
<Name>', is the storm's whole name, and the later 'Cyclone <Name>' and '<Name>' are the same storm; a storm the model
left untagged after its class is found; a storm upgraded ('Tropical Storm <Name>', then 'Hurricane <Name>') is one
storm under the name the article first gives it. Sentences and storms of our own; the National Hurricane Center
stays an organisation."""

from __future__ import annotations

from entity_support import mentions


def test_the_class_the_model_left_out_opens_the_name(nlp) -> None:
    found = mentions(nlp, "Floods caused by the remnants of Tropical Cyclone Marla have killed 12 people in the "
                          "coastal province, officials said on Monday.\n\nCyclone Marla made landfall on Saturday "
                          "near the port of Quelimane. Marla weakened over land.")
    storms = [(text, canonical) for text, label, canonical in found if label == "EVENT"]
    assert storms == [("Tropical Cyclone Marla", "Tropical Cyclone Marla"), ("Cyclone Marla", "Tropical Cyclone Marla"),
                      ("Marla", "Tropical Cyclone Marla")]


def test_an_untagged_storm_after_its_class(nlp) -> None:
    found = mentions(nlp, "Severe Tropical Cyclone Orrin strengthened off the coast on Friday. Orrin is expected to "
                          "reach land by Sunday, the Bureau of Meteorology said.")
    assert ("Severe Tropical Cyclone Orrin", "EVENT", "Severe Tropical Cyclone Orrin") in found
    assert ("Orrin", "EVENT", "Severe Tropical Cyclone Orrin") in found


def test_an_upgraded_storm_is_one(nlp) -> None:
    found = mentions(nlp, "Tropical Storm Delphine was upgraded to a hurricane on Sunday. Hurricane Delphine is now "
                          "moving north, and Delphine may reach Bermuda by Tuesday.")
    assert {canonical for _, label, canonical in found if label == "EVENT"} == {"Tropical Storm Delphine"}


def test_the_hurricane_center_is_no_storm(nlp) -> None:
    found = mentions(nlp, "Forecasters at the National Hurricane Center said the system could strengthen.")
    assert ("National Hurricane Center", "ORG", "National Hurricane Center") in found
    assert not any(label == "EVENT" for _, label, _ in found)
