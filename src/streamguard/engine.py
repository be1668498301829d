"""The guard engine for one text stream (one choice of one response): segment, check, decide.

This module is synchronous and has no I/O: the caller feeds text with the time it arrived, submits the
checks the engine asks for, hands back their verdicts, and asks at any time which outputs are due. Time is
whatever the caller says it is, so tests drive it with a fake clock and assert exact delays.

Decisions, per mode:
- observe: content flows untouched (the caller passes the upstream bytes); reversals are only recorded.
- annotate: content flows untouched; when a later segment reverses an earlier one, an ``Annotation`` names
  the earlier segment and the one that reversed it.
- hold: a segment is released when its first character has waited ``hold_budget_ms`` — later if never.
  A segment reversed while still held is withheld (``Withheld`` carries its text, so nothing is lost); one
  reversed after release is annotated. If, when a segment's time is up, a check that involves it is still
  running, ``on_deadline`` decides (release = fail-open, withhold = fail-closed) and a ``DeadlineMiss``
  says so. Text that has not yet closed a segment is released character by character at its own
  deadline, so the budget bounds the delay of every character. Once the upstream has finished and no
  check is running, everything left is released at once: nothing later can reverse it.

A later segment reverses an earlier one when their pair scores at least ``threshold``; a segment that opens by
announcing a correction ("Correction:", "Wait, I misspoke") at least ``correction_threshold`` when that is lower.
"""
from __future__ import annotations

import bisect
from collections import deque
from dataclasses import dataclass, field
from enum import Enum
from typing import Callable, NamedTuple, Union

from .claims import Claim, introduces_what_follows, make_claim, select_claims
from .config import DeadlinePolicy, GuardConfig, Mode
from .redact import excerpt
from .segment import Segment, SegmentKind, SentenceSegmenter

Clock = Callable[[], float]


class SegmentState(str, Enum):
    HELD = "held"
    RELEASED = "released"
    WITHHELD = "withheld"


@dataclass(frozen=True, slots=True)
class SegmentRef:
    id: int
    start: int
    end: int
    text: str
    kind: str = SegmentKind.SENTENCE.value

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "start": self.start, "end": self.end, "text": self.text, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class Release:
    """Content to show now: ``text`` is the stream text ``[start, end)``."""
    choice: int
    start: int
    end: int
    text: str
    unchecked: bool = False  # released by the deadline policy without its verdict


@dataclass(frozen=True, slots=True)
class Held:
    """A segment finished and is held until ``deadline`` (seconds on the engine's clock)."""
    choice: int
    segment: SegmentRef
    deadline: float


@dataclass(frozen=True, slots=True)
class Withheld:
    """A held segment that will not be shown as content; its text travels here."""
    choice: int
    segment: SegmentRef
    reason: str  # "reversed" or "deadline"
    reversed_by: SegmentRef | None = None
    score: float | None = None


@dataclass(frozen=True, slots=True)
class Annotation:
    """Already released text that a later segment reversed."""
    choice: int
    segment: SegmentRef
    reversed_by: SegmentRef
    score: float


@dataclass(frozen=True, slots=True)
class DeadlineMiss:
    choice: int
    segment: SegmentRef
    action: str  # "released" or "withheld"


@dataclass(frozen=True, slots=True)
class CheckError:
    choice: int
    segment: SegmentRef
    message: str


Output = Union[Release, Held, Withheld, Annotation, DeadlineMiss, CheckError]


class Reversal(NamedTuple):
    """A pair the guard flagged: ``segment`` reverses ``claim`` with classifier score ``score``; ``marked``: the
    segment announces a correction (judged at the correction threshold)."""
    claim: SegmentRef
    segment: SegmentRef
    score: float
    marked: bool


@dataclass(eq=False)
class Check:
    """One batched classifier call: the new segment against its selected earlier claims."""
    choice: int
    segment: SegmentRef
    claims: list[Claim]
    pairs: list[tuple[str, str, str | None]]
    created: float
    corrects: bool = False  # the new segment announces a correction: judged at the correction threshold
    done: bool = False


@dataclass(eq=False)
class _Seg:
    ref: SegmentRef
    first_arrival: float
    state: SegmentState = SegmentState.HELD
    released_to: int = 0  # how far its text has been released (partial releases of long segments)
    pending_checks: int = 0  # running checks that have this segment as a claim
    unverified: bool = False  # a check involving it failed: its verdict will never come
    withheld_by: tuple[SegmentRef, float] | None = None


@dataclass
class EngineStats:
    segments: int = 0
    checks: int = 0
    pairs: int = 0
    reversals: int = 0
    withheld: int = 0
    annotated: int = 0
    deadline_misses: int = 0
    check_errors: int = 0
    overflow_releases: int = 0
    verdict_latencies: list[float] = field(default_factory=list)


class TextGuard:
    """Guard one stream of text (one choice).

    Example::

        guard = TextGuard(GuardConfig(mode="hold", hold_budget_ms=1000), threshold=0.9, question="Is it safe?")
        guard.feed("Yes, it is safe. ", now=0.0)
        for check in guard.take_checks():
            guard.on_verdict(check, classifier.predict(check.pairs), now=0.01)
        outputs = guard.poll(now=1.0)
    """

    def __init__(self, config: GuardConfig, *, threshold: float, correction_threshold: float | None = None, choice: int = 0,
                 question: str | None = None, segmenter: SentenceSegmenter | None = None) -> None:
        self.config = config
        self.threshold = threshold
        # a segment announcing a correction is judged at the lower of the two (GuardConfig.correction_threshold)
        self.correction_threshold = threshold if correction_threshold is None else min(threshold, correction_threshold)
        self.choice = choice
        self.question = (question or "").strip()[-600:] or None
        self.mode = Mode(config.mode)
        self.budget = config.budget_s
        self._segmenter = segmenter or SentenceSegmenter(max_segment_chars=config.max_segment_chars)
        self._text: list[str] = []
        self._consumed = 0
        self._arrival_ends: list[int] = []  # offsets where each fed piece ends ...
        self._arrival_times: list[float] = []  # ... and when it arrived
        self._segs: deque[_Seg] = deque()  # finished segments not yet fully released/withheld
        self._by_id: dict[int, _Seg] = {}
        self._claims: list[Claim] = []
        self._first_claim: Claim | None = None
        # Which list the stream is in: items stay in one list until a paragraph that is not an item ends it.
        self._list_block: int | None = None
        self._list_blocks = 0
        self._new_checks: list[Check] = []
        self._outputs: list[Output] = []
        self._released_to = 0
        self._next_id = 0
        self.finished = False
        self.running_checks = 0
        self.stats = EngineStats()
        self.reversals: list[Reversal] = []
        self.segments: list[SegmentRef] = []

    # ---- input ------------------------------------------------------------------------------------
    def feed(self, text: str, now: float) -> None:
        if not text:
            return
        self._text.append(text)
        self._consumed += len(text)
        self._arrival_ends.append(self._consumed)
        self._arrival_times.append(now)
        for seg in self._segmenter.feed(text):
            self._add_segment(seg, now)
        if self.mode is not Mode.HOLD:
            self._released_to = self._consumed

    def finish(self, now: float) -> None:
        """The upstream has sent all of this stream's text."""
        if self.finished:
            return
        for seg in self._segmenter.flush():
            self._add_segment(seg, now)
        self.finished = True

    def take_checks(self) -> list[Check]:
        checks, self._new_checks = self._new_checks, []
        return checks

    def on_verdict(self, check: Check, probs: "list[float] | object", now: float) -> None:
        self._close_check(check, now)
        threshold = self.correction_threshold if check.corrects else self.threshold
        for claim, p in zip(check.claims, list(probs)):  # type: ignore[call-overload]
            p = float(p)
            if p < threshold:
                continue
            self.stats.reversals += 1
            old = self._by_id.get(claim.segment_id)
            ref = old.ref if old is not None else SegmentRef(claim.segment_id, claim.start, claim.end, claim.text)
            self.reversals.append(Reversal(ref, check.segment, p, check.corrects))
            if old is not None and old.state is SegmentState.HELD and old.released_to <= old.ref.start and self.mode is Mode.HOLD:
                old.state = SegmentState.WITHHELD
                self.stats.withheld += 1
                old.withheld_by = (check.segment, p)
            elif self.mode is not Mode.OBSERVE:
                self.stats.annotated += 1
                self._outputs.append(Annotation(self.choice, ref, check.segment, p))

    def on_check_failed(self, check: Check, error: BaseException, now: float) -> None:
        self._close_check(check, now, failed=True)
        self.stats.check_errors += 1
        # The message goes to the client: an exception text can quote a key or a URL with credentials.
        self._outputs.append(CheckError(self.choice, check.segment, excerpt(f"{type(error).__name__}: {error}", 300)))

    # ---- output -----------------------------------------------------------------------------------
    def poll(self, now: float) -> list[Output]:
        """Everything due at ``now``, in stream order."""
        if self.mode is Mode.HOLD:
            self._release_due(now)
        out, self._outputs = self._outputs, []
        return out

    def next_deadline(self) -> float | None:
        """When ``poll`` will next have something to release (hold mode), or None."""
        if self.mode is not Mode.HOLD or self._released_to >= self._consumed:
            return None
        seg = self._segs[0] if self._segs else None
        if seg is not None and seg.ref.start <= self._released_to < seg.ref.end:
            return seg.first_arrival + self.budget
        return self._arrival_at(self._released_to) + self.budget

    @property
    def held_chars(self) -> int:
        return self._consumed - self._released_to

    @property
    def done(self) -> bool:
        return self.finished and self.running_checks == 0 and self._released_to >= self._consumed and not self._outputs

    @property
    def text(self) -> str:
        if len(self._text) > 1:
            self._text = ["".join(self._text)]
        return self._text[0] if self._text else ""

    # ---- internals --------------------------------------------------------------------------------
    def _arrival_at(self, offset: int) -> float:
        i = bisect.bisect_right(self._arrival_ends, offset)
        return self._arrival_times[min(i, len(self._arrival_times) - 1)]

    def _add_segment(self, seg: Segment, now: float) -> None:
        ref = SegmentRef(self._next_id, seg.start, seg.end, seg.text, seg.kind.value)
        self._next_id += 1
        self.segments.append(ref)
        self.stats.segments += 1
        first_arrival = self._arrival_at(seg.start)
        state = _Seg(ref, first_arrival, released_to=seg.start)
        if self.mode is not Mode.HOLD or seg.end <= self._released_to:
            state.state = SegmentState.RELEASED
            state.released_to = seg.end
        else:
            state.released_to = max(seg.start, self._released_to)
            if state.released_to == seg.start:
                self._outputs.append(Held(self.choice, ref, first_arrival + self.budget))
        self._segs.append(state)
        self._by_id[ref.id] = state
        block = self._track_list(seg)
        if not seg.checkable or seg.kind is SegmentKind.HEADING:
            return
        claim = make_claim(ref.id, seg.text, seg.start, seg.end, block)
        if not claim.polar and (not claim.words or introduces_what_follows(claim.text)):
            return
        candidates = list(self._claims)
        if self._first_claim is not None and self._first_claim not in candidates:
            candidates.insert(0, self._first_claim)
        chosen = select_claims(candidates, claim, max_pairs=self.config.max_pairs, has_question=self.question is not None)
        if chosen:
            pairs = [(c.text, claim.text, self.question if (c.polar or claim.polar) else None) for c in chosen]
            self._new_checks.append(Check(self.choice, ref, chosen, pairs, now, corrects=claim.corrects))
            self.running_checks += 1
            self.stats.checks += 1
            self.stats.pairs += len(pairs)
            for c in chosen:
                s = self._by_id.get(c.segment_id)
                if s is not None:
                    s.pending_checks += 1
        if self._first_claim is None:
            self._first_claim = claim
        self._claims.append(claim)
        if len(self._claims) > self.config.max_claims:
            self._claims.pop(0)

    def _track_list(self, seg: Segment) -> int | None:
        """The list ``seg`` is an item of (None when it is not an item), updating where the stream is."""
        if seg.kind is SegmentKind.LIST_ITEM:
            if self._list_block is None:
                self._list_blocks += 1
                self._list_block = self._list_blocks
            return self._list_block
        if seg.kind is SegmentKind.HEADING or seg.text.endswith(("\n\n", "\n\r\n")):
            self._list_block = None  # a heading or a paragraph that is not an item ends the list
        return None

    def _close_check(self, check: Check, now: float, failed: bool = False) -> None:
        if check.done:
            return
        check.done = True
        self.running_checks -= 1
        self.stats.verdict_latencies.append(now - check.created)
        for c in check.claims:
            s = self._by_id.get(c.segment_id)
            if s is not None:
                s.pending_checks -= 1
                s.unverified = s.unverified or failed

    def _release_due(self, now: float) -> None:
        overflow = self.held_chars > self.config.max_buffer_chars
        while self._released_to < self._consumed:
            seg = self._segs[0] if self._segs else None
            if seg is not None and seg.ref.end <= self._released_to:
                self._segs.popleft()
                continue
            if seg is not None and seg.ref.start <= self._released_to:
                if not self._settle_segment(seg, now, overflow):
                    return
                continue
            # Unfinished tail: each character goes at its own deadline.
            end = self._consumed if seg is None else seg.ref.start
            due = self._released_to
            if self.finished and self.running_checks == 0 or overflow:
                due = end
            else:
                i = bisect.bisect_right(self._arrival_ends, self._released_to)
                while i < len(self._arrival_ends) and (self._arrival_times[i] + self.budget <= now):
                    due = self._arrival_ends[i]
                    i += 1
                due = min(max(due, self._released_to), end)
            if due <= self._released_to:
                return
            if overflow:
                self.stats.overflow_releases += 1
            self._emit_release(self._released_to, due, unchecked=False)

    def _settle_segment(self, seg: _Seg, now: float, overflow: bool) -> bool:
        """Release or withhold the head segment if its time has come; False if it must wait."""
        ref = seg.ref
        if seg.state is SegmentState.WITHHELD:
            by, score = seg.withheld_by if seg.withheld_by is not None else (None, None)
            self._outputs.append(Withheld(self.choice, ref, "reversed", by, score))
            self._released_to = ref.end
            self._segs.popleft()
            return True
        all_decided = self.finished and self.running_checks == 0
        if not (all_decided or overflow or now >= seg.first_arrival + self.budget):
            if seg.released_to > ref.start:  # partly released already: the rest goes at its own pace
                return self._release_partial(seg, now)
            return False
        unchecked = False
        if not overflow and (seg.unverified or (seg.pending_checks > 0 and not all_decided)):
            self.stats.deadline_misses += 1
            if self.config.on_deadline is DeadlinePolicy.WITHHOLD and seg.released_to <= ref.start:
                self._outputs.append(DeadlineMiss(self.choice, ref, "withheld"))
                self._outputs.append(Withheld(self.choice, ref, "deadline"))
                seg.state = SegmentState.WITHHELD
                self._released_to = ref.end
                self._segs.popleft()
                return True
            self._outputs.append(DeadlineMiss(self.choice, ref, "released"))
            unchecked = True
        if overflow:
            self.stats.overflow_releases += 1
        seg.state = SegmentState.RELEASED
        self._emit_release(self._released_to, ref.end, unchecked=unchecked)
        seg.released_to = ref.end
        self._segs.popleft()
        return True

    def _release_partial(self, seg: _Seg, now: float) -> bool:
        due = self._released_to
        i = bisect.bisect_right(self._arrival_ends, self._released_to)
        while i < len(self._arrival_ends) and self._arrival_times[i] + self.budget <= now:
            due = self._arrival_ends[i]
            i += 1
        due = min(due, seg.ref.end)
        if due <= self._released_to:
            return False
        self._emit_release(self._released_to, due, unchecked=False)
        seg.released_to = due
        return due >= seg.ref.end

    def _emit_release(self, start: int, end: int, *, unchecked: bool) -> None:
        text = self.text[start:end]
        self._released_to = end
        # A tail release may run into segments that finish later: mark them released as far as it went.
        for s in self._segs:
            if s.ref.start >= end:
                break
            s.released_to = max(s.released_to, min(end, s.ref.end))
            if s.released_to >= s.ref.end:
                s.state = SegmentState.RELEASED
        self._outputs.append(Release(self.choice, start, end, text, unchecked))
