"""The named-event SSE format for UIs: what the guard decided, as it decides it.

The OpenAI-compatible output has to look like an ordinary completion stream; this one does not. Each
frame is ``event: <kind>`` plus one ``data:`` line of compact JSON, so a browser ``EventSource`` can
``addEventListener(kind, ...)`` and draw held, withheld and annotated text. Offsets are character offsets
(Python string indices) into the whole text of one choice, the same offsets ``SentenceSegmenter`` gives.
Frames are encoded with sse-starlette's ``ServerSentEvent`` and LF line ends.

Events, with an example of each::

    event: delta        text passed through as it arrived (observe mode, unguarded parts)
    data: {"choice":0,"text":"Yes, it is"}

    event: held         a segment is being held; it is released or withheld by deadline_ms from now
    data: {"choice":0,"segment_id":0,"start":0,"end":24,"text":"Yes, it is safe to take.","deadline_ms":800}

    event: segment      text released as content; kind is the segment's kind (sentence, code, heading, ...)
    data: {"choice":0,"segment_id":1,"start":24,"end":51,"text":" Many people keep it home.","kind":"sentence"}

    event: withheld     a held segment that a later one reversed (or that missed its deadline when the
                        policy withholds); never shown as content, but nothing is lost: text is here
    data: {"choice":0,"segment_id":0,"start":0,"end":24,"text":"Yes, it is safe to take.",
           "reversed_by":{"segment_id":2,"start":51,"end":84,"text":" Actually, no: it is not safe."},
           "score":0.97,"reason":"reversed"}

    event: annotation   a segment already released that a later one reversed
    data: {"choice":0,"segment_id":0,"start":0,"end":24,"text":"Yes, it is safe to take.",
           "reversed_by":{"segment_id":2,"start":51,"end":84,"text":" Actually, no: it is not safe."},
           "score":0.97}

    event: error        the upstream failed or sent something the guard could not read; the stream ends
    data: {"message":"upstream closed the connection mid-event","code":"upstream_error"}

    event: done         the last event of every stream
    data: {}

(The ``withheld`` and ``annotation`` examples are wrapped here for reading; on the wire each payload is
one line.) ``reason`` says why text was withheld: ``"reversed"`` or ``"deadline"``.
"""
from __future__ import annotations

import json
from enum import Enum
from typing import Any

from sse_starlette.event import ServerSentEvent

from .sse import SSEEvent

__all__ = ["UIEventKind", "decode_ui_event", "encode_ui_event"]


class UIEventKind(str, Enum):
    DELTA = "delta"
    HELD = "held"
    SEGMENT = "segment"
    WITHHELD = "withheld"
    ANNOTATION = "annotation"
    ERROR = "error"
    DONE = "done"


_KINDS = frozenset(k.value for k in UIEventKind)


def encode_ui_event(kind: str, payload: dict[str, Any]) -> bytes:
    """One UI frame: ``event: kind`` and the payload as compact JSON. Raises ``ValueError`` on an unknown kind."""
    kind = kind.value if isinstance(kind, UIEventKind) else kind
    if kind not in _KINDS:
        raise ValueError(f"Unknown UI event kind {kind!r}; allowed: {', '.join(sorted(_KINDS))}")
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    # One data line always: json.dumps escapes line breaks inside strings.
    return ServerSentEvent(data, event=kind, sep="\n").encode()


def decode_ui_event(event: SSEEvent) -> tuple[str, dict[str, Any]] | None:
    """``(kind, payload)`` for a UI frame, ``None`` for anything else (comments, other events)."""
    if event.event not in _KINDS or event.data is None:
        return None
    try:
        payload = json.loads(event.data)
    except ValueError:
        return None
    return (event.event, payload) if isinstance(payload, dict) else None
