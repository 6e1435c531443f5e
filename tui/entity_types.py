"""The entity types a reader tells apart, and their theme colours: what the keys, the legend and the
palette name, kept apart from the highlighting (tui/highlight.py), which the first screen does not need."""

from __future__ import annotations

# Entity types a reader can tell apart at a glance, each with a theme colour.
ENTITY_TYPES: dict[str, tuple[str, ...]] = {
    "Person": ("PERSON",),
    "Organisation": ("ORG",),
    "Place": ("GPE", "LOC", "FAC"),
    "Group": ("NORP",),
    "Event": ("EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"),
    "Date": ("DATE", "TIME"),
}
# accent and warning are one colour in several themes: only one of them is used
TYPE_COLOURS: dict[str, str] = {
    "Person": "text-warning",
    "Organisation": "text-success",
    "Place": "text-primary",
    "Group": "text-secondary",
    "Event": "text-error",
    "Date": "foreground-muted",
}
