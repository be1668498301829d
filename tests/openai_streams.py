"""Realistic OpenAI chat-completion SSE streams, and helpers to cut and read them."""
from __future__ import annotations

import json
import random

ANSWERS = [
    "Yes — you can take ibuprofen with food. Dr. Patel's rule of thumb (approx. 10 mg/kg) applies to children over 6 months. "
    "Actually, no: ibuprofen is not recommended in the third trimester of pregnancy. 💊 Ask your pharmacist.",
    "## Summary\n\nThe Eiffel Tower is 330 m tall. It was finished in 1889.\n\n"
    "```js\nconsole.log('tall'.length) // e.g. 4.5\n```\n\nWait, correction: it was finished in March 1889, for the fair.",
    "Lists are mutable... Tuples are not. Both support slicing, e.g. `t[1:]`. Prefer tuples for fixed records — "
    "they hash.",
    "El precio es 3,50 €. Naïve façade — 北京 is the capital of China 🇨🇳. 1. First.\n2. Second.\n3. Done!",
]


def sse(obj) -> bytes:
    return ("data: " + json.dumps(obj, ensure_ascii=False) + "\n\n").encode()


def cut(data, rng: random.Random, most: int = 200) -> list:
    """``data`` (bytes or str) cut into pieces of 1 to ``most`` items at random points."""
    out, i = [], 0
    while i < len(data):
        n = rng.randint(1, most)
        out.append(data[i:i + n])
        i += n
    return out


def pieces(text: str, rng: random.Random, most: int = 9) -> list[str]:
    return cut(text, rng, most)


def build(answer: str, rng: random.Random, *, reasoning: bool = True, choices: int = 1) -> bytes:
    base = {"id": "chatcmpl-t1", "object": "chat.completion.chunk", "created": 1780000000, "model": "m"}
    frames = [sse({**base, "choices": [{"index": i, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}
                                       for i in range(choices)]})]
    if reasoning:
        for p in pieces("Let me think about the question.", rng):
            frames.append(sse({**base, "choices": [{"index": 0, "delta": {"reasoning_content": p}, "finish_reason": None}]}))
    for p in pieces(answer, rng):
        for i in range(choices):
            frames.append(sse({**base, "choices": [{"index": i, "delta": {"content": p}, "finish_reason": None}]}))
    frames.append(sse({**base, "choices": [{"index": i, "delta": {}, "finish_reason": "stop"} for i in range(choices)]}))
    frames.append(sse({**base, "choices": [], "usage": {"prompt_tokens": 9, "completion_tokens": 40, "total_tokens": 49}}))
    frames.append(b"data: [DONE]\n\n")
    return b"".join(frames)


def payloads(body: bytes) -> list[str]:
    text = body.decode("utf-8", "replace").replace("\r\n", "\n")
    out = []
    for block in text.split("\n\n"):
        data = [line[5:].lstrip(" ") for line in block.split("\n") if line.startswith("data:")]
        if data:
            out.append("\n".join(data))
    return out


def joined(body: bytes, field: str = "content", choice: int | None = None) -> str:
    out = []
    for d in payloads(body):
        if d.strip() == "[DONE]":
            continue
        try:
            obj = json.loads(d)
        except ValueError:  # upstream garbage passed through as it came
            continue
        for c in obj.get("choices") or []:
            if choice is not None and c.get("index") != choice:
                continue
            v = (c.get("delta") or {}).get(field)
            if v:
                out.append(v)
    return "".join(out)


def guard_records(body: bytes) -> list[dict]:
    out = []
    for d in payloads(body):
        if d.strip() != "[DONE]":
            try:
                rec = json.loads(d).get("streamguard")
            except ValueError:
                continue
            if rec:
                out.append(rec)
    return out
