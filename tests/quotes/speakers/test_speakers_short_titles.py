"""British copy shortens a professor's title to "Prof" without a full stop ("Prof Okafor says"): it is the title of
the person the article named in full, not part of a name, so the quote goes to that person; a station or a channel
named with its number ("Radio 5 said", "the Radio 3 breakfast show") keeps the number as a name does, where a player's
minute in a match report does not. With the real model and pipeline; sentences of our own.
"""

from __future__ import annotations

from entity_support import canonical_names
from quote_support import quote_with


def test_prof_is_the_title_of_the_person_named_before(nlp) -> None:
    text = ("Engineers at Halden University have built a water pump that runs on bicycle parts.\n\n"
            "Its designer, Chidi Okafor, spent four years on the project.\n\n"
            "\"A village can mend it with a spanner and some grease,\" says Prof Okafor.")
    quote = quote_with(nlp, text, "spanner and some grease")
    assert quote.speaker == "Chidi Okafor"


def test_a_name_that_only_begins_like_the_title_is_left_alone(nlp) -> None:
    text = ("Profitt Wells said the harbour would reopen to small boats next week.\n\n"
            "\"The dredging is finished and the lights are back on,\" Profitt Wells said.")
    assert quote_with(nlp, text, "dredging is finished").speaker == "Profitt Wells"


def test_a_station_keeps_its_number(nlp) -> None:
    text = ("The late-night phone-in is to end after eleven years on air.\n\n"
            "Radio 5 said the slot would go to a new comedy panel show from March.")
    quote = quote_with(nlp, text, "new comedy panel show")
    assert quote.speaker == "Radio 5"


def test_a_station_named_before_a_noun_keeps_its_number(nlp) -> None:
    names = canonical_names(nlp, "The singer will join the Radio 3 breakfast show in May.")
    assert names.get("Radio 3") == "Radio 3"


def test_a_player_keeps_no_minute(nlp) -> None:
    text = ("Harwood Town 2-1 Leaford Rovers\n\n"
            "Goals: Bramley 14, Pickford 77.\n\n"
            "Harwood Town boss Glen Moss said his side had deserved the points.")
    names = canonical_names(nlp, text)
    assert "Pickford" in names and "Pickford 77" not in names
