"""The analysis: entities with canonical names, quotes by speaker, dates on a timeline.

The result types and their JSON forms import without spaCy; the pipeline
(build_pipeline, analyze, analyze_many) imports spaCy when first used.
"""

from __future__ import annotations

from typing import Any

from .types import Analysis, DateMention, EntityMention, Quote, ReferenceDate
from .version import ANALYZER_VERSION

_PIPELINE = {"analyze", "analyze_many", "build_pipeline"}


def __getattr__(name: str) -> Any:
    if name in _PIPELINE:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)


__all__ = [
    "ANALYZER_VERSION",
    "Analysis",
    "DateMention",
    "EntityMention",
    "Quote",
    "ReferenceDate",
    "analyze",
    "analyze_many",
    "build_pipeline",
]
