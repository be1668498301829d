"""A tiny replaying OpenAI-compatible upstream that records when it sent every token.

Workload it produces: the answers of ``benchmarks/data/responses.jsonl`` (with their questions), cut into
word-ish tokens by ``streamguard.replay.tokenize`` and streamed as ``chat.completion.chunk`` SSE frames at
``rate`` tokens per second (each gap ``1/rate`` times a seeded factor in ``[1 - jitter, 1 + jitter]``,
scheduled on an absolute timeline so the rate holds whatever sending costs).

It is a bare ASGI app (no framework) so that its own cost in the guard's process stays small. Routes:

* ``POST /v1/chat/completions`` — guarded when wrapped in ``GuardMiddleware``;
* ``POST /raw/v1/chat/completions`` — the same stream on a path the guard does not guard (its baseline);
* ``GET /bench/log/<id>`` — the send log of request ``x-bench-id: <id>``: ``[[char_end, t_sent], ...]`` with
  ``t_sent`` on ``time.monotonic()`` (CLOCK_MONOTONIC, shared by every process of the machine), taken
  just before the frame is handed to ``send`` — so everything the guard does to a frame counts as delay.

The request body picks the answer with ``"x_answer": <index>``.
"""
from __future__ import annotations

import json
import random
import time
from typing import Any

import anyio

from streamguard.replay import tokenize

STREAM_PATHS = ("/v1/chat/completions", "/raw/v1/chat/completions")


class TimedReplay:
    def __init__(self, answers: list[dict[str, Any]], *, rate: float, jitter: float = 0.3, max_tokens: int | None = None,
                 record: bool = True) -> None:
        self.answers = answers
        self.rate = rate
        self.jitter = jitter
        self.record = record
        self.tokens = [tokenize(a["text"])[:max_tokens] if max_tokens else tokenize(a["text"]) for a in answers]
        self.logs: dict[str, list[list[float]]] = {}
        self.streams_done = 0

    def text(self, index: int) -> str:
        return "".join(self.tokens[index % len(self.tokens)])

    def request_body(self, index: int) -> bytes:
        prompt = self.answers[index % len(self.answers)].get("prompt") or "Tell me."
        return json.dumps({"model": "bench", "stream": True, "x_answer": index,
                           "messages": [{"role": "user", "content": prompt}]}).encode()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        path = scope.get("path", "")
        if path.startswith("/bench/log/"):
            body = json.dumps(self.logs.pop(path.rsplit("/", 1)[1], None)).encode()
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        if path not in STREAM_PATHS:
            await send({"type": "http.response.start", "status": 404, "headers": [(b"content-length", b"0")]})
            await send({"type": "http.response.body", "body": b""})
            return
        raw = bytearray()
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return
            raw += message.get("body", b"")
            if not message.get("more_body", False):
                break
        request = json.loads(raw)
        index = int(request.get("x_answer", 0)) % len(self.tokens)
        rid = dict(scope.get("headers") or []).get(b"x-bench-id", b"").decode() or None
        log: list[list[float]] | None = [] if (self.record and rid) else None
        if log is not None and rid is not None:
            self.logs[rid] = log  # complete before the last frame goes out: the client may ask at once
        rng = random.Random(f"{rid}:{index}")
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream; charset=utf-8"), (b"cache-control", b"no-cache")]})
        base = {"id": f"chatcmpl-bench-{index}", "object": "chat.completion.chunk", "created": 0, "model": "bench"}

        def frame(delta: dict[str, Any], finish: str | None = None) -> bytes:
            chunk = {**base, "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
            return b"data: " + json.dumps(chunk, ensure_ascii=False).encode() + b"\n\n"

        await send({"type": "http.response.body", "body": frame({"role": "assistant", "content": ""}), "more_body": True})
        gap = 1.0 / self.rate
        due = time.monotonic()
        end = 0
        for token in self.tokens[index]:
            due += gap * rng.uniform(1 - self.jitter, 1 + self.jitter)
            delay = due - time.monotonic()
            await anyio.sleep(delay if delay > 0 else 0)
            data = frame({"content": token})
            end += len(token)
            now = time.monotonic()
            if log is not None:
                log.append([end, now])
            await send({"type": "http.response.body", "body": data, "more_body": True})
        await send({"type": "http.response.body", "body": frame({}, "stop") + b"data: [DONE]\n\n", "more_body": False})
        self.streams_done += 1
