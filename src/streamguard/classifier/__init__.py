"""The contradiction classifier: ONNX Runtime inference (runtime) and the shared micro-batcher (batcher)."""
from __future__ import annotations

from .runtime import ClassifierError, ContradictionClassifier, DEFAULT_MODEL_DIR

__all__ = ["ClassifierError", "ContradictionClassifier", "DEFAULT_MODEL_DIR"]
