"""streamguard: hold back, withhold or annotate streamed chat text that a later sentence reverses.

Data flow, one module per step: ``codecs`` (decode upstream bytes) → ``segment`` (sentences) →
``claims`` + ``classifier`` (check a new sentence against earlier claims, batched) → ``engine`` (decide:
release, withhold, annotate) → ``encode`` (client bytes). ``middleware`` wires them into ASGI; ``proxy``
and ``cli`` put a guarding proxy in front of any OpenAI-compatible server; ``scan`` runs the same engine
over complete texts.
"""
from __future__ import annotations

from .classifier import ClassifierError, ContradictionClassifier
from .config import ConfigError, GuardConfig
from .middleware import GuardMiddleware
from .segment import Segment, SegmentKind, SentenceSegmenter

__version__ = "0.1.0"

__all__ = [
    "ClassifierError",
    "ConfigError",
    "ContradictionClassifier",
    "GuardConfig",
    "GuardMiddleware",
    "Segment",
    "SegmentKind",
    "SentenceSegmenter",
    "__version__",
]
