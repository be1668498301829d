"""Encode the guard's decisions for the client, in the format the response already speaks.

- ``openai``: OpenAI chat-completion chunks. Released text becomes ordinary content deltas; guard records
  (withheld, annotation, deadline, error) travel in content-free frames
  ``{"choices": [{"index": i, "delta": {}}], "streamguard": {...}}``, which the official SDKs parse and the
  usual ``chunk.choices[0].delta.content`` loop reads as ``None``.
- ``events``: the named-event SSE format for UIs (``codecs.events``).
- ``text``: streamed text/plain. There is no side channel, so a withheld segment is replaced in the text
  by a bracketed notice that carries it (``⟦withheld: ...⟧``): nothing is lost, and a reader sees why.

Every record names its segment by id and character offsets into the choice's text and carries the text.
"""
from __future__ import annotations

from typing import Any

from .codecs.events import encode_ui_event
from .codecs.openai import content_chunk, dumps, guard_chunk
from .codecs.sse import encode_event
from .engine import Annotation, CheckError, DeadlineMiss, Held, Output, Release, SegmentRef, Withheld

GUARD_EVENT_KINDS = ("withheld", "annotation", "deadline", "error")


def _ref(ref: SegmentRef | None) -> dict[str, Any] | None:
    return None if ref is None else ref.as_dict()


def guard_record(output: Output) -> dict[str, Any] | None:
    """The ``streamguard`` record for an output, or None for plain content and hold notices."""
    if isinstance(output, Withheld):
        return {"event": "withheld", "choice": output.choice, "segment": _ref(output.segment), "reason": output.reason,
                "reversed_by": _ref(output.reversed_by), "score": None if output.score is None else round(output.score, 4)}
    if isinstance(output, Annotation):
        return {"event": "annotation", "choice": output.choice, "segment": _ref(output.segment),
                "reversed_by": _ref(output.reversed_by), "score": round(output.score, 4)}
    if isinstance(output, DeadlineMiss):
        return {"event": "deadline", "choice": output.choice, "segment": _ref(output.segment), "action": output.action}
    if isinstance(output, CheckError):
        return {"event": "error", "choice": output.choice, "segment": _ref(output.segment), "message": output.message}
    return None


class OpenAIEncoder:
    """Chunks in the upstream's own shape; ``template`` is the latest upstream chunk (id, model, ...)."""

    media_type = "text/event-stream"

    def __init__(self) -> None:
        self.template: dict[str, Any] = {"object": "chat.completion.chunk"}

    def content(self, choice: int, text: str) -> bytes:
        return encode_event(dumps(content_chunk(self.template, choice, text)))

    def output(self, output: Output, now: float) -> bytes:
        if isinstance(output, Release):
            return self.content(output.choice, output.text) if output.text else b""
        record = guard_record(output)
        if record is None:
            return b""
        return encode_event(dumps(guard_chunk(self.template, output.choice, record)))

    def error(self, message: str) -> bytes:
        return encode_event(dumps(guard_chunk(self.template, 0, {"event": "error", "message": message})))


class UIEncoder:
    """Named events for the demo page and other UIs."""

    media_type = "text/event-stream"

    def content(self, choice: int, text: str) -> bytes:
        return encode_ui_event("delta", {"choice": choice, "text": text})

    def output(self, output: Output, now: float) -> bytes:
        if isinstance(output, Release):
            if not output.text:
                return b""
            return encode_ui_event("segment", {"choice": output.choice, "start": output.start, "end": output.end,
                                               "text": output.text, "unchecked": output.unchecked})
        if isinstance(output, Held):
            s = output.segment
            return encode_ui_event("held", {"choice": output.choice, "segment_id": s.id, "start": s.start, "end": s.end,
                                            "text": s.text, "kind": s.kind,
                                            "deadline_ms": max(0, round((output.deadline - now) * 1000))})
        if isinstance(output, (Withheld, Annotation)):
            s = output.segment
            by = output.reversed_by
            payload: dict[str, Any] = {"choice": output.choice, "segment_id": s.id, "start": s.start, "end": s.end, "text": s.text,
                                       "reversed_by": None if by is None else {"segment_id": by.id, "start": by.start, "end": by.end, "text": by.text},
                                       "score": None if output.score is None else round(output.score, 4)}
            if isinstance(output, Withheld):
                payload["reason"] = output.reason
                return encode_ui_event("withheld", payload)
            return encode_ui_event("annotation", payload)
        if isinstance(output, DeadlineMiss):
            s = output.segment
            return encode_ui_event("error", {"choice": output.choice, "code": "deadline", "segment_id": s.id,
                                             "message": f"verdict not ready within the budget; segment {output.action}"})
        if isinstance(output, CheckError):
            return encode_ui_event("error", {"choice": output.choice, "code": "classifier", "message": output.message})
        return b""

    def error(self, message: str) -> bytes:
        return encode_ui_event("error", {"message": message, "code": "upstream_error"})

    def done(self) -> bytes:
        return encode_ui_event("done", {})


class TextEncoder:
    """Streamed text/plain: released text as is; withheld text inside a bracketed notice."""

    media_type = "text/plain"

    def content(self, choice: int, text: str) -> bytes:
        return text.encode("utf-8")

    def output(self, output: Output, now: float) -> bytes:
        if isinstance(output, Release):
            return output.text.encode("utf-8")
        if isinstance(output, Withheld):
            return f"⟦withheld: {output.segment.text}⟧".encode("utf-8")
        return b""

    def error(self, message: str) -> bytes:
        return f"\n⟦streamguard error: {message}⟧".encode("utf-8")
