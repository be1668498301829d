"""Drive an ASGI app by hand: a scope, a receive that sends one request body, a send that records."""
from __future__ import annotations

import json
import time
from typing import Any

import anyio

CHAT_PATH = "/v1/chat/completions"


def request_body(question: str = "Is it safe?") -> bytes:
    return json.dumps({"model": "m", "stream": True, "messages": [{"role": "user", "content": question}]}).encode()


def scope_for(path: str = CHAT_PATH, headers: list[tuple[bytes, bytes]] | None = None) -> dict[str, Any]:
    return {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
            "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
            "headers": [(b"content-type", b"application/json"), (b"host", b"localhost")] + (headers or []),
            "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 8000)}


def sse_app(chunks: list[bytes], *, delay: float = 0.0, content_type: bytes = b"text/event-stream; charset=utf-8",
            status: int = 200, fail_after: int | None = None):
    """An app that streams ``chunks`` as they are, after reading the request body."""
    async def app(scope, receive, send):
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", content_type), (b"cache-control", b"no-cache")]})
        for k, c in enumerate(chunks):
            if fail_after is not None and k == fail_after:
                raise ConnectionError("upstream went away")
            await send({"type": "http.response.body", "body": c, "more_body": True})
            await anyio.sleep(delay)
        await send({"type": "http.response.body", "body": b"", "more_body": False})
    return app


class Recorder:
    def __init__(self) -> None:
        self.messages: list[tuple[float, dict[str, Any]]] = []
        self.done = anyio.Event()

    async def send(self, message: dict[str, Any]) -> None:
        self.messages.append((time.monotonic(), message))
        if message["type"] == "http.response.body" and not message.get("more_body"):
            self.done.set()

    @property
    def body(self) -> bytes:
        return b"".join(m.get("body", b"") for _, m in self.messages if m["type"] == "http.response.body")

    @property
    def start(self) -> dict[str, Any]:
        return next(m for _, m in self.messages if m["type"] == "http.response.start")


def receive_then_disconnect(after: float):
    """An ASGI ``receive`` that gives the request body, then reports the client gone ``after`` seconds later."""
    sent = [False]

    async def receive():
        if not sent[0]:
            sent[0] = True
            return {"type": "http.request", "body": request_body(), "more_body": False}
        await anyio.sleep(after)
        return {"type": "http.disconnect"}

    return receive


async def drive(app, *, body: bytes | None = None, path: str = CHAT_PATH, headers=None, timeout: float = 60) -> Recorder:
    rec = Recorder()
    sent = [False]

    async def receive():
        if not sent[0]:
            sent[0] = True
            return {"type": "http.request", "body": request_body() if body is None else body, "more_body": False}
        await rec.done.wait()
        return {"type": "http.disconnect"}

    with anyio.fail_after(timeout):
        await app(scope_for(path, headers), receive, rec.send)
    return rec


def guard(app, metrics=None, classifier=None, **config):
    """``app`` wrapped in the guard with a test-double classifier and metrics of its own."""
    from doubles import KeywordClassifier
    from streamguard import GuardConfig, GuardMiddleware
    from streamguard.metrics import GuardMetrics

    return GuardMiddleware(app, config=GuardConfig(**config), classifier=classifier or KeywordClassifier(),
                           metrics=metrics or GuardMetrics())
