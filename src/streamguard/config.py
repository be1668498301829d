"""Guard configuration: keyword-only, validated at construction so a bad setting fails at startup.

Every latency-versus-safety knob is documented on the class. ``DEFAULT_CONFIG`` is what the middleware and
the proxy use when given nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import Enum
from typing import Any


class Mode(str, Enum):
    OBSERVE = "observe"    # pass everything through byte-for-byte; record verdicts and metrics
    ANNOTATE = "annotate"  # stream at once; mark earlier text that a later sentence reversed
    HOLD = "hold"          # hold each segment up to the budget; withhold what is reversed inside it


class DeadlinePolicy(str, Enum):
    RELEASE = "release"    # fail-open: a verdict not ready in time lets the text through
    WITHHOLD = "withhold"  # fail-closed: a verdict not ready in time withholds the text


DEFAULT_PATHS = ("/v1/chat/completions", "/chat/completions")


class ConfigError(ValueError):
    """A configuration value is out of range; the message names the value and what is allowed."""


@dataclass(frozen=True, kw_only=True)
class GuardConfig:
    """How a stream is guarded.

    Args:
        mode: "observe", "annotate" or "hold" (see ``Mode``).
        hold_budget_ms: hard bound, in milliseconds, on the delay hold mode adds to any character.
            Longer budgets catch reversals that come later in the answer; shorter ones stream sooner.
        threshold: contradiction probability at or above which a later segment reverses an earlier
            one. ``None`` uses the shipped model's guard threshold (``guard_threshold`` in its streamguard.json).
        correction_threshold: the threshold for a segment that opens by announcing a correction ("Correction:",
            "Wait, I misspoke", "Actually, no"), when lower than ``threshold``. Such a sentence is far more likely
            to reverse something than an ordinary one: the marker says something earlier was wrong, and the pair
            only has to say which claim. ``None`` uses the model's ``correction_threshold`` (0.5 for the shipped
            model; the pair ``threshold`` for a model without one); set it to ``threshold``'s value to judge every
            segment alike.
        on_deadline: what hold mode does with a segment whose verdict is not ready when its budget
            runs out: "release" (fail-open) or "withhold" (fail-closed). Either is reported.
        max_claims: earlier segments kept per stream as claims (oldest dropped first).
        max_pairs: earlier claims each new segment is checked against, most relevant first.
        max_segment_chars: a segment is cut (forced flush) when it reaches this length.
        max_buffer_chars: per-stream bound on text held back; past it, held text is released.
        max_question_bytes: how much of the request body is read to find the user's question.
        paths: request paths whose streaming responses are guarded.
        model_path: directory or .onnx file of the classifier; ``None`` loads the shipped model.
        provider: ONNX Runtime execution provider: "auto", "cpu" or "cuda".
        batch_max_size: most pairs in one classifier call (shared by all streams).
        batch_max_wait_ms: how long the micro-batcher waits to fill a batch.
        queue_max_pairs: bound on pairs waiting for the classifier (backpressure beyond it).
        client_overrides: honour per-request ``X-Streamguard-Mode`` / ``X-Streamguard-Budget-Ms`` headers
            (off by default: a client must not be able to switch the guard off; the demo turns it on).

    Example::

        GuardConfig(mode="hold", hold_budget_ms=1500, on_deadline="withhold")
    """

    mode: Mode | str = Mode.ANNOTATE
    hold_budget_ms: int = 1500
    threshold: float | None = None
    correction_threshold: float | None = None
    on_deadline: DeadlinePolicy | str = DeadlinePolicy.RELEASE
    max_claims: int = 64
    max_pairs: int = 8
    max_segment_chars: int = 1000
    max_buffer_chars: int = 64_000
    max_question_bytes: int = 256_000
    paths: tuple[str, ...] = DEFAULT_PATHS
    model_path: str | None = None
    provider: str = "auto"
    batch_max_size: int = 32
    batch_max_wait_ms: float = 2.0
    queue_max_pairs: int = 4096
    client_overrides: bool = False
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "mode", _enum(Mode, "mode", self.mode))
        object.__setattr__(self, "on_deadline", _enum(DeadlinePolicy, "on_deadline", self.on_deadline))
        _int_range("hold_budget_ms", self.hold_budget_ms, 0, 600_000)
        for name in ("threshold", "correction_threshold"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 < float(value) < 1.0):
                raise ConfigError(f"{name}={value!r} is not allowed: use a probability strictly between 0 and 1, or None for the model's own")
        _int_range("max_claims", self.max_claims, 1, 10_000)
        _int_range("max_pairs", self.max_pairs, 1, 256)
        _int_range("max_segment_chars", self.max_segment_chars, 20, 1_000_000)
        _int_range("max_buffer_chars", self.max_buffer_chars, 100, 100_000_000)
        _int_range("max_question_bytes", self.max_question_bytes, 0, 100_000_000)
        _int_range("batch_max_size", self.batch_max_size, 1, 4096)
        _int_range("queue_max_pairs", self.queue_max_pairs, 1, 10_000_000)
        if isinstance(self.batch_max_wait_ms, bool) or not isinstance(self.batch_max_wait_ms, (int, float)) or not 0 <= self.batch_max_wait_ms <= 1000:
            raise ConfigError(f"batch_max_wait_ms={self.batch_max_wait_ms!r} is not allowed: use a number of milliseconds from 0 to 1000")
        if self.provider not in ("auto", "cpu", "cuda"):
            raise ConfigError(f"provider={self.provider!r} is not allowed: use 'auto', 'cpu' or 'cuda'")
        if isinstance(self.paths, str) or not all(isinstance(p, str) and p.startswith("/") for p in self.paths):
            raise ConfigError(f"paths={self.paths!r} is not allowed: use a tuple of URL paths that start with '/'")
        object.__setattr__(self, "paths", tuple(self.paths))

    @property
    def budget_s(self) -> float:
        return self.hold_budget_ms / 1000.0

    def replace(self, **changes: Any) -> "GuardConfig":
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return GuardConfig(**values)


def _enum(kind: type[Enum], name: str, value: object) -> Any:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in kind)  # type: ignore[attr-defined]
        raise ConfigError(f"{name}={value!r} is not allowed: use one of {allowed}") from None


def _int_range(name: str, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigError(f"{name}={value!r} is not allowed: use a whole number from {low} to {high}")


DEFAULT_CONFIG = GuardConfig()
