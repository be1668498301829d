"""OpenAI chat-completions stream chunks: find the guarded text, take it out, build the frames we add.

Only ``choices[].delta.content`` as a non-empty string is guarded text. Everything else a provider sends
(role, tool calls, ``reasoning_content``/``reasoning``, logprobs, finish reasons, usage, content lists of
typed "thinking" parts, provider extras) is not ours to change: ``strip_content`` removes the text and
keeps the rest, in the original key order, so hold mode can forward it where it arrived.

Deliberate choices:

- ``strip_content`` also removes the copies of the text some providers put next to the delta, or the
  hold window would leak it: ``choices[].text`` when it repeats ``delta.content`` (Together),
  ``choices[].message.content`` (Writer repeats each delta there; Perplexity's closing
  ``chat.completion.done`` frame carries the whole answer), and, when it removed text, the padding
  fields sized to it (``obfuscation`` from OpenAI/Azure, ``p`` from Mistral). It keeps ``logprobs``
  and ``delta.token_id`` (Hugging Face, Together), which spell out the text token by token: dropping
  them is the caller's decision.
- Frames we build copy only the template's scalar top-level fields (``id``, ``object``, ``created``,
  ``model``, ``system_fingerprint``, ``service_tier``, ``provider``...), never ``usage``, ``error`` or
  padding. Structured ones (``x_groq``, ``citations``, ``prompt_filter_results``, ``timings``) describe
  one particular upstream chunk, and repeating them would double-count or misreport.
- A guard frame is ``choices: [{"index": i, "delta": {}, "finish_reason": null}]`` plus a top-level
  ``streamguard`` field. openai-python keeps the unknown field in ``model_extra`` and the usual loop
  ``chunk.choices[0].delta.content`` reads ``None``; a frame with ``choices: []`` would crash that loop.
- ``dumps`` writes compact JSON with ``ensure_ascii=False``, like the providers do.
"""
from __future__ import annotations

import json
from typing import Any

__all__ = [
    "content_chunk",
    "content_deltas",
    "dumps",
    "guard_chunk",
    "parse_chunk",
    "strip_content",
]

IDENTITY_KEYS = frozenset({"id", "object", "created", "model", "system_fingerprint", "service_tier", "provider"})
"""Top-level fields that name the stream rather than carry anything; alone they make a frame empty."""

PADDING_KEYS = frozenset({"obfuscation", "p"})
"""Top-level padding whose length follows the text (OpenAI/Azure ``obfuscation``, Mistral ``p``)."""

GUARD_FIELD = "streamguard"


def parse_chunk(data: str) -> dict[str, Any] | None:
    """The chunk as a dict, or ``None`` when ``data`` is not a JSON object (pass such frames on as they are)."""
    try:
        obj = json.loads(data)
    except (ValueError, RecursionError):
        return None
    return obj if isinstance(obj, dict) else None


def _choices(chunk: dict[str, Any]) -> list[Any]:
    choices = chunk.get("choices")
    return choices if isinstance(choices, list) else []


def _index(choice: dict[str, Any], position: int) -> int:
    index = choice.get("index")
    # A choice without a usable index is numbered by its place, which is what n=1 providers mean.
    return index if isinstance(index, int) and not isinstance(index, bool) else position


def content_deltas(chunk: dict[str, Any]) -> list[tuple[int, str]]:
    """``(choice index, text)`` for each choice whose ``delta.content`` is a non-empty string, in order."""
    out = []
    for position, choice in enumerate(_choices(chunk)):
        if isinstance(choice, dict):
            delta = choice.get("delta")
            if isinstance(delta, dict):
                content = delta.get("content")
                if isinstance(content, str) and content:
                    out.append((_index(choice, position), content))
    return out


def _empty(value: Any) -> bool:
    """Carries nothing: null, "", or a container of such (Writer's ``{"sources": null, ...}``)."""
    if value is None or value == "":
        return True
    if isinstance(value, dict):
        return all(_empty(v) for v in value.values())
    if isinstance(value, list):
        return all(_empty(v) for v in value)
    return False


def _has_text(container: Any) -> bool:
    return isinstance(container, dict) and isinstance(container.get("content"), str) and bool(container["content"])


def _strip_choice(choice: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The choice without its text and the copies of it; and whether anything was removed."""
    delta_text = _has_text(choice.get("delta"))
    out: dict[str, Any] = {}
    stripped = False
    for key, value in choice.items():
        if key in ("delta", "message") and _has_text(value):
            value = {k: v for k, v in value.items() if k != "content"}
            stripped = True
        elif key == "text" and delta_text and isinstance(value, str):
            # Only as a copy of delta.content: in a legacy completions stream ``text`` is the text itself.
            stripped = True
            continue
        out[key] = value
    return out, stripped


def strip_content(chunk: dict[str, Any]) -> dict[str, Any] | None:
    """A copy of ``chunk`` without its guarded text; ``None`` when nothing worth sending is left.

    Removes non-empty string ``delta.content`` from every choice (with ``choices[].text`` and
    ``choices[].message.content`` and, when text was removed, the padding fields). Keeps every other
    field in its original order, and keeps every choice, so no client sees a ``choices: []`` frame the
    upstream did not send. Returns ``None`` when text was removed and all that remains is the stream's
    identity, choice indexes, empty deltas and null fields. A chunk that carries no text comes back
    equal to itself (never ``None``), so the function is safe to call on every frame: xAI's empty
    ``delta: {}`` heartbeats and Perplexity's closing frame, whose ``message`` repeats the answer, both
    need it.
    """
    choices = _choices(chunk)
    new_choices: list[Any] = []
    stripped = False
    for choice in choices:
        if isinstance(choice, dict):
            choice, removed = _strip_choice(choice)
            stripped = stripped or removed
        new_choices.append(choice)
    out: dict[str, Any] = {}
    for key, value in chunk.items():
        if key == "choices" and isinstance(value, list):
            out[key] = new_choices
        elif not (stripped and key in PADDING_KEYS):
            out[key] = value
    if not stripped:
        return out  # no text anywhere: the frame is the upstream's own, keep it whatever it holds
    meaningful = any(
        not _empty(value) for key, value in out.items() if key not in IDENTITY_KEYS | PADDING_KEYS | {"choices"}
    ) or any(
        not isinstance(choice, dict) or any(not _empty(v) for k, v in choice.items() if k != "index")
        for choice in new_choices
    )
    return out if meaningful else None


_NOT_COPIED = PADDING_KEYS | {"choices", "usage", "error", GUARD_FIELD}


def _identity(template: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v
        for k, v in template.items()
        if k not in _NOT_COPIED and (v is None or isinstance(v, (str, int, float)))
    }


def content_chunk(template: dict[str, Any], index: int, text: str) -> dict[str, Any]:
    """A chunk that carries ``text`` as the content of choice ``index``, named like ``template``."""
    return {
        **_identity(template),
        "choices": [{"index": index, "delta": {"content": text}, "finish_reason": None}],
    }


def guard_chunk(template: dict[str, Any], index: int, record: dict[str, Any]) -> dict[str, Any]:
    """A content-free chunk for choice ``index`` that carries guard information in ``streamguard``."""
    return {
        **_identity(template),
        "choices": [{"index": index, "delta": {}, "finish_reason": None}],
        GUARD_FIELD: record,
    }


def dumps(chunk: dict[str, Any]) -> str:
    """Compact JSON, non-ASCII kept as is, the way providers write their chunks."""
    return json.dumps(chunk, ensure_ascii=False, separators=(",", ":"))
