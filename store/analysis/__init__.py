"""The analysis: entities with canonical names, quotes by speaker, dates on a timeline.

Importing this package imports spaCy; the interface imports it lazily, in a worker.
"""

from .pipeline import ANALYZER_VERSION, analyze, analyze_many, build_pipeline
from .types import Analysis, DateMention, EntityMention, Quote, ReferenceDate

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
