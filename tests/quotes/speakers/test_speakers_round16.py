"""Speaker rules read on fresh political news (round 16, issue 12; real model).

Each sentence is our own, in the shape of a mistake read on US political news the project had never seen: who
made a point of saying something said it, and one an event led to declare something declared it; not the point,
nor the event the parse hung the cue on.
"""

from __future__ import annotations

from quote_support import quote_with


def test_who_made_a_point_of_saying_it_said_it(nlp) -> None:
    text = ('Senator Ann Holt spoke at the memorial on Sunday. She made a point of saying the new law '
            '"was a mistake from the start."')
    assert quote_with(nlp, text, "mistake from the start").speaker == "Ann Holt"


def test_one_an_event_led_to_declare_it_declared_it(nlp) -> None:
    # "a victory that led her to declare": she declares, not the victory
    text = ('Mayor Lina Ortiz won by a wide margin, a victory that led her to declare that the city was '
            '"ready for change."')
    assert quote_with(nlp, text, "ready for change").speaker == "Lina Ortiz"

