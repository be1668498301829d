"""Test doubles for the contradiction classifier. They live here, in tests/, and nowhere in src/.

``KeywordClassifier`` scores a pair high when the later sentence opens with a correction marker and
shares a content word with the earlier one: enough to drive the engine's decisions deterministically.
"""
from __future__ import annotations

import re
import threading
import time
from typing import Any, Sequence

import numpy as np

MARKER = re.compile(r"^\W*(actually|wait|correction|no[,:]|i misspoke)", re.IGNORECASE)
WORD = re.compile(r"[a-z]{4,}")


class KeywordClassifier:
    threshold = 0.5

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.calls: list[int] = []
        self.lock = threading.Lock()

    def score(self, earlier: str, later: str) -> float:
        if not MARKER.match(later):
            return 0.05
        shared = set(WORD.findall(earlier.lower())) & set(WORD.findall(later.lower()))
        return 0.95 if shared else 0.1

    def predict(self, pairs: Sequence[tuple[Any, ...]]) -> np.ndarray:
        with self.lock:
            self.calls.append(len(pairs))
        if self.delay:
            time.sleep(self.delay)
        return np.array([self.score(p[0], p[1]) for p in pairs], dtype=np.float32)


class FailingClassifier:
    threshold = 0.5

    def __init__(self, message: str = "classifier exploded") -> None:
        self.message = message

    def predict(self, pairs: Sequence[tuple[Any, ...]]) -> np.ndarray:
        raise RuntimeError(self.message)


class StallingClassifier(KeywordClassifier):
    """Answers, but only after ``delay`` seconds: past any small budget."""

    def __init__(self, delay: float = 1.0) -> None:
        super().__init__(delay=delay)
