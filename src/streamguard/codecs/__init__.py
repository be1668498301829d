"""Wire formats, one module each: SSE framing (``sse``), OpenAI chat-completion chunks (``openai``),
streamed ``text/plain`` (``text``) and the named-event format for UIs (``events``).

Decoders are incremental (``feed``/``flush``) and give the same result however the bytes were cut.
"""
from __future__ import annotations

from .events import UIEventKind, decode_ui_event, encode_ui_event
from .openai import content_chunk, content_deltas, dumps, guard_chunk, parse_chunk, strip_content
from .sse import DEFAULT_MAX_EVENT_BYTES, SSEDecoder, SSEEvent, encode_comment, encode_event
from .text import TextDecoder

__all__ = [
    "DEFAULT_MAX_EVENT_BYTES",
    "SSEDecoder",
    "SSEEvent",
    "TextDecoder",
    "UIEventKind",
    "content_chunk",
    "content_deltas",
    "decode_ui_event",
    "dumps",
    "encode_comment",
    "encode_event",
    "encode_ui_event",
    "guard_chunk",
    "parse_chunk",
    "strip_content",
]
