"""The guarding proxy in front of a real (uvicorn, loopback) fake upstream, read by real clients."""
from __future__ import annotations

import asyncio
import json
import logging
import socket
import struct
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import anyio
import httpx
import openai
import pytest

from doubles import KeywordClassifier
from loopback import free_port, serve, serve_raw
from streamguard.config import GuardConfig
from streamguard.metrics import GuardMetrics
from streamguard.proxy import (create_proxy_app, forwarded_request_headers, normalize_upstream, redact,
                               returned_response_headers)

ANSWER = "Paris is the capital of France. It has about two million inhabitants. The Seine runs through it."
REVERSED = "Yes, the museum is open on Mondays. Actually, the museum is closed on Mondays. Plan for Tuesday."
SECRET = "sk-test-secret-4242"


def sse(obj: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(obj).encode() + b"\n\n"


class FakeUpstream:
    """An OpenAI-compatible upstream that records what it was sent.

    The last user message picks the behaviour: "error" answers 429, "hang" waits before answering,
    "slow" streams a long answer slowly and records when the proxy hung up, "reverse" streams REVERSED,
    "die" breaks the connection after a few words.
    """

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.disconnected_at: float | None = None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        self.requests.append({"method": scope["method"], "path": scope["path"], "query": scope["query_string"].decode(),
                              "headers": headers, "body": body})
        if scope["path"] == "/v1/models":
            await _json(send, 200, {"object": "list", "data": [{"id": "m", "object": "model", "created": 0, "owned_by": "x"}]})
            return
        req = json.loads(body or b"{}")
        said = json.dumps(req.get("messages", []))
        if "error" in said:
            await _json(send, 429, {"error": {"message": "slow down, you are over the quota", "type": "rate_limit"}},
                        extra=[(b"retry-after", b"7"), (b"x-ratelimit-remaining", b"0")])
            return
        if "hang" in said:
            await anyio.sleep(2.0)
        answer = REVERSED if "reverse" in said else ANSWER
        if not req.get("stream"):
            await _json(send, 200, {"id": "c1", "object": "chat.completion", "created": 1, "model": "m",
                                    "choices": [{"index": 0, "message": {"role": "assistant", "content": answer},
                                                 "finish_reason": "stop"}],
                                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}},
                        extra=[(b"x-upstream", b"yes"), (b"connection", b"close")])
            return
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream"), (b"x-upstream", b"yes")]})
        base = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
        slow = "slow" in said
        words = (answer + " ") * 200 if slow else answer
        async with anyio.create_task_group() as tg:
            async def watch() -> None:
                while (await receive())["type"] != "http.disconnect":
                    pass
                self.disconnected_at = time.monotonic()
                tg.cancel_scope.cancel()

            tg.start_soon(watch)
            await send({"type": "http.response.body", "more_body": True,
                        "body": sse({**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]})})
            for i, word in enumerate(words.split(" ")):
                if "die" in said and i == 7:
                    raise ConnectionAbortedError("the fake upstream dies mid-stream")
                piece = word if i == 0 else " " + word
                await send({"type": "http.response.body", "more_body": True,
                            "body": sse({**base, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})})
                await anyio.sleep(0.05 if slow else 0.002)
            await send({"type": "http.response.body", "more_body": True,
                        "body": sse({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})})
            await send({"type": "http.response.body", "body": b"data: [DONE]\n\n", "more_body": False})
            tg.cancel_scope.cancel()


async def _json(send: Any, status: int, obj: dict[str, Any], extra: list[tuple[bytes, bytes]] = ()) -> None:  # type: ignore[assignment]
    body = json.dumps(obj).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), *extra]})
    await send({"type": "http.response.body", "body": body})


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[FakeUpstream, str]]:
    fake = FakeUpstream()
    with serve(fake) as url:
        yield fake, url


@pytest.fixture(scope="module")
def proxy(upstream: tuple[FakeUpstream, str]) -> Iterator[tuple[str, GuardMetrics]]:
    metrics = GuardMetrics()
    app = create_proxy_app(upstream[1] + "/v1", config=GuardConfig(mode="annotate", client_overrides=True),
                           classifier=KeywordClassifier(), metrics=metrics, read_timeout=1.0)
    with serve(app) as url:
        yield url, metrics


def client(proxy_url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=proxy_url + "/v1", api_key=SECRET, max_retries=0, timeout=30)


def ask(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


def test_openai_sdk_reads_proxied_stream(proxy: tuple[str, GuardMetrics]) -> None:
    with client(proxy[0]) as c:
        stream = c.chat.completions.create(model="m", stream=True, messages=ask("capital of France?"))
        text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text == ANSWER


def test_openai_sdk_reads_proxied_completion(proxy: tuple[str, GuardMetrics]) -> None:
    with client(proxy[0]) as c:
        full = c.chat.completions.create(model="m", messages=ask("capital of France?"))
    assert full.choices[0].message.content == ANSWER


def test_hold_mode_through_proxy_withholds_reversed_claim(proxy: tuple[str, GuardMetrics]) -> None:
    with client(proxy[0]) as c:
        stream = c.chat.completions.create(model="m", stream=True, messages=ask("reverse: is the museum open on Mondays?"),
                                           extra_headers={"X-Streamguard-Mode": "hold", "X-Streamguard-Budget-Ms": "2000"})
        text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert "open on Mondays" not in text
    assert "Actually, the museum is closed on Mondays." in text


def test_authorization_and_end_to_end_headers_are_forwarded(upstream: tuple[FakeUpstream, str],
                                                              proxy: tuple[str, GuardMetrics]) -> None:
    fake, up_url = upstream
    r = httpx.post(proxy[0] + "/v1/chat/completions?api-version=7", json={"model": "m", "messages": ask("hi")},
                   headers={"Authorization": f"Bearer {SECRET}", "X-Custom": "kept", "Connection": "keep-alive, X-Hop",
                            "X-Hop": "dropped", "Proxy-Authorization": "Basic dropped", "TE": "trailers"})
    assert r.status_code == 200
    seen = fake.requests[-1]
    assert seen["path"] == "/v1/chat/completions" and seen["query"] == "api-version=7"
    h = seen["headers"]
    assert h["authorization"] == f"Bearer {SECRET}"
    assert h["x-custom"] == "kept"
    assert h["host"] == up_url.removeprefix("http://")
    assert h["accept-encoding"] == "identity"
    for hop in ("x-hop", "proxy-authorization", "te"):
        assert hop not in h
    assert json.loads(seen["body"]) == {"model": "m", "messages": ask("hi")}


def test_upstream_response_headers_come_back_without_hop_by_hop(proxy: tuple[str, GuardMetrics]) -> None:
    r = httpx.post(proxy[0] + "/v1/chat/completions", json={"model": "m", "messages": ask("hi")})
    assert r.headers["x-upstream"] == "yes"
    assert r.headers["content-type"] == "application/json"
    assert len(r.headers.get_list("date")) == 1 and len(r.headers.get_list("server")) == 1
    assert r.json()["choices"][0]["message"]["content"] == ANSWER
    with httpx.stream("POST", proxy[0] + "/v1/chat/completions",
                      json={"model": "m", "stream": True, "messages": ask("hi")}) as s:
        assert s.headers["content-type"].startswith("text/event-stream")
        assert s.headers["x-upstream"] == "yes"
        s.read()


def test_models_are_forwarded(proxy: tuple[str, GuardMetrics]) -> None:
    with client(proxy[0]) as c:
        assert [m.id for m in c.models.list()] == ["m"]


def test_upstream_error_status_and_body_pass_through(proxy: tuple[str, GuardMetrics]) -> None:
    for stream in (False, True):
        r = httpx.post(proxy[0] + "/v1/chat/completions", json={"model": "m", "stream": stream, "messages": ask("error")})
        assert r.status_code == 429
        assert r.json() == {"error": {"message": "slow down, you are over the quota", "type": "rate_limit"}}
        assert r.headers["retry-after"] == "7"
    with client(proxy[0]) as c, pytest.raises(openai.RateLimitError, match="over the quota"):
        c.chat.completions.create(model="m", stream=True, messages=ask("error"))


def test_unreachable_upstream_gives_502_with_reason() -> None:
    app = create_proxy_app(f"http://127.0.0.1:{free_port()}/v1", config=GuardConfig(), classifier=KeywordClassifier(),
                           metrics=GuardMetrics(), connect_timeout=2.0)
    with serve(app) as url:
        r = httpx.post(url + "/v1/chat/completions", json={"model": "m", "stream": True, "messages": ask("hi")},
                       headers={"Authorization": f"Bearer {SECRET}"})
        with client(url) as c, pytest.raises(openai.APIStatusError) as err:
            c.models.list()
    assert r.status_code == 502
    error = r.json()["error"]
    assert error["type"] == "upstream_error"
    assert error["message"].startswith("upstream unreachable: ")
    assert len(error["message"]) > len("upstream unreachable: ")
    assert SECRET not in r.text
    assert err.value.status_code == 502


def test_upstream_silent_past_read_timeout_gives_504(proxy: tuple[str, GuardMetrics]) -> None:
    started = time.monotonic()
    r = httpx.post(proxy[0] + "/v1/chat/completions", json={"model": "m", "messages": ask("hang")}, timeout=10)
    assert r.status_code == 504
    assert r.json()["error"]["message"].startswith("upstream timed out")
    assert time.monotonic() - started < 4


def test_client_disconnect_closes_upstream_within_two_seconds(upstream: tuple[FakeUpstream, str],
                                                              proxy: tuple[str, GuardMetrics]) -> None:
    fake = upstream[0]
    fake.disconnected_at = None
    with httpx.Client(timeout=30) as c:
        with c.stream("POST", proxy[0] + "/v1/chat/completions",
                      json={"model": "m", "stream": True, "messages": ask("slow please")}) as r:
            got = b""
            for chunk in r.iter_bytes():
                got += chunk
                if len(got) > 300:
                    break
        dropped = time.monotonic()
    while fake.disconnected_at is None and time.monotonic() - dropped < 3:
        time.sleep(0.02)
    assert fake.disconnected_at is not None, "the upstream never saw the proxy hang up"
    assert fake.disconnected_at - dropped <= 2.0


def test_upstream_dying_mid_stream_ends_the_guarded_stream_cleanly(proxy: tuple[str, GuardMetrics]) -> None:
    errors = proxy[1].errors.labels(kind="upstream")
    before = errors._value.get()
    with client(proxy[0]) as c:
        stream = c.chat.completions.create(model="m", stream=True, messages=ask("die please"))
        chunks = list(stream)
    text = "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
    assert ANSWER.startswith(text) and text.startswith("Paris is the capital")
    notices = [chunk.model_extra.get("streamguard") for chunk in chunks if chunk.model_extra]
    assert any(n and n.get("event") == "error" and "upstream" in n.get("message", "") for n in notices), notices
    assert errors._value.get() == before + 1


def test_healthz_and_metrics(proxy: tuple[str, GuardMetrics]) -> None:
    health = httpx.get(proxy[0] + "/healthz")
    assert health.status_code == 200 and health.json()["status"] == "ok"
    with client(proxy[0]) as c:
        list(c.chat.completions.create(model="m", stream=True, messages=ask("capital of France?")))
    metrics = httpx.get(proxy[0] + "/metrics")
    assert metrics.status_code == 200
    assert metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    for name in ("streamguard_segments_total", "streamguard_verdict_latency_seconds", "streamguard_deadline_misses_total",
                 "streamguard_fail_open_total", "streamguard_classifier_batch_size", "streamguard_streams_in_flight"):
        assert name in text
    assert SECRET not in text


def test_api_key_never_reaches_logs(proxy: tuple[str, GuardMetrics], caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        with client(proxy[0]) as c:
            list(c.chat.completions.create(model="m", stream=True, messages=ask("capital of France?")))
            with pytest.raises(openai.RateLimitError):
                c.chat.completions.create(model="m", messages=ask("error"))
        httpx.post(proxy[0] + "/v1/chat/completions?key=" + SECRET, json={"model": "m", "messages": ask("hi")})
        time.sleep(0.1)  # the proxy logs each request when its response closes
    ours = [r for r in caplog.records if r.name.startswith(("streamguard", "uvicorn"))]
    assert any(r.name == "streamguard.proxy" for r in ours)
    assert not [r.getMessage() for r in ours if SECRET in r.getMessage() or SECRET in str(r.__dict__)]


def test_upstream_url_gets_v1_only_when_it_has_no_path() -> None:
    assert normalize_upstream("http://127.0.0.1:8000") == "http://127.0.0.1:8000/v1"
    assert normalize_upstream("http://127.0.0.1:8000/") == "http://127.0.0.1:8000/v1"
    assert normalize_upstream("https://api.example.com/v1/") == "https://api.example.com/v1"
    assert normalize_upstream("http://h:1/openai/v1") == "http://h:1/openai/v1"
    with pytest.raises(ValueError, match="http:// or https://"):
        normalize_upstream("ftp://user:pw@example.com")


def test_hop_by_hop_headers_are_not_forwarded_either_way() -> None:
    sent = dict(forwarded_request_headers({"Authorization": "Bearer k", "Connection": "close, X-Mine", "X-Mine": "1",
                                           "Keep-Alive": "5", "Host": "proxy", "Content-Length": "3", "Upgrade": "h2c",
                                           "Accept-Encoding": "gzip", "OpenAI-Organization": "org"}))
    assert sent == {"Authorization": "Bearer k", "OpenAI-Organization": "org", "accept-encoding": "identity"}
    back = returned_response_headers(httpx.Headers([("content-type", "text/event-stream"), ("transfer-encoding", "chunked"),
                                                    ("content-length", "9"), ("content-encoding", "gzip"),
                                                    ("x-request-id", "r1"), ("set-cookie", "a=1"), ("set-cookie", "b=2"),
                                                    ("date", "Mon"), ("server", "vllm")]),
                                     decoded=True)
    assert back == [("content-type", "text/event-stream"), ("x-request-id", "r1"), ("set-cookie", "a=1"), ("set-cookie", "b=2")]


def test_redact_masks_keys_tokens_and_url_credentials() -> None:
    text = redact(f"Authorization: Bearer {SECRET} at http://user:pw@host/v1?api_key=abc123&x=1 key sk-abcdef123")
    assert SECRET not in text and "pw@" not in text and "abc123" not in text and "sk-abcdef123" not in text
    assert "x=1" in text


def test_redact_lives_in_its_own_module_and_excerpts_redact_before_cutting() -> None:
    import streamguard.proxy
    import streamguard.redact

    assert streamguard.proxy.redact is streamguard.redact.redact
    assert streamguard.proxy.RedactingFilter is streamguard.redact.RedactingFilter
    # cut first, "sk-abcdefgh" would become "sk-a", too short for the pattern, and "a" would show
    assert streamguard.redact.excerpt("x" * 55 + " sk-abcdefgh", 60) == "x" * 55 + " sk-["
    assert streamguard.redact.excerpt("short, no secret", 60) == "short, no secret"


# ---- stale pooled upstream connections: one retry on a fresh connection ---------------------------------

class KeepAliveRacer:
    """A raw HTTP/1.1 upstream that plays the keep-alive race on every connection.

    The first request on a connection gets a valid keep-alive response (``Content-Length``, no
    ``Connection: close``), so the proxy pools the connection. The next request on it is read and then the
    connection is closed without a byte of response: what uvicorn does when its keep-alive timer fires just
    as the request arrives. (Closing right after the first response would not do: httpcore drops a pooled
    connection that has turned readable before reusing it. The race is a close that crosses the next
    request on the wire.) ``reset=True`` closes with an RST (``SO_LINGER`` 0) instead of a FIN: the proxy
    then sees ``ReadError`` instead of ``RemoteProtocolError``.

    Paths: ``/v1/broken`` is closed without a response even as a connection's first request;
    ``/v1/hang`` is read and never answered; ``/v1/truncated`` is answered with headers and part of the
    body, then closed. Any other request is answered with ``{"echo": <its JSON body>, "connection": n}``.
    """

    def __init__(self, *, reset: bool = False) -> None:
        self.reset = reset
        self.connections = 0
        self.requests: list[tuple[int, str, bytes]] = []  # (connection number, path, body)

    def paths(self, path: str) -> list[int]:
        """The connections on which ``path`` was requested, in order."""
        return [conn for conn, p, _ in self.requests if p == path]

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        conn, answered = self.connections, 0
        try:
            while True:
                try:
                    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return  # the client closed the connection
                request_line, *lines = head.split("\r\n")
                path = request_line.split(" ")[1]
                headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines if line)}
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                self.requests.append((conn, path, body))
                if path == "/v1/hang":
                    await asyncio.sleep(3600)
                if path == "/v1/truncated":
                    writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n"
                                 b'{"partial": ')
                    await writer.drain()
                    return
                if answered or path == "/v1/broken":
                    return  # closed without a response
                payload = json.dumps({"echo": json.loads(body or b"null"), "connection": conn}).encode()
                writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                             b"content-length: %d\r\n\r\n%s" % (len(payload), payload))
                await writer.drain()
                answered += 1
        finally:
            if self.reset:
                writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.close()


@contextmanager
def racing_proxy(racer: KeepAliveRacer, **kw: Any) -> Iterator[tuple[str, GuardMetrics]]:
    metrics = GuardMetrics()
    with serve_raw(racer) as up_url:
        app = create_proxy_app(up_url + "/v1", config=GuardConfig(), classifier=KeywordClassifier(), metrics=metrics, **kw)
        with serve(app) as url:
            yield url, metrics


def chat(text: str) -> dict[str, Any]:
    return {"model": "m", "messages": ask(text)}


@pytest.mark.parametrize("reset", [False, True], ids=["fin", "rst"])
def test_stale_pooled_connection_is_retried_once_on_a_fresh_one(reset: bool, caplog: pytest.LogCaptureFixture) -> None:
    racer = KeepAliveRacer(reset=reset)
    with racing_proxy(racer) as (url, metrics), caplog.at_level(logging.INFO, logger="streamguard.proxy"):
        first = httpx.post(url + "/v1/chat/completions", json=chat("first"))
        assert first.status_code == 200 and first.json() == {"echo": chat("first"), "connection": 1}
        # Sent by the proxy on pooled connection 1, which the upstream closes on receipt: retried on connection 2.
        second = httpx.post(url + "/v1/chat/completions", json=chat("second"), headers={"Authorization": f"Bearer {SECRET}"})
        exposition = httpx.get(url + "/metrics").text
    assert second.status_code == 200
    assert second.json() == {"echo": chat("second"), "connection": 2}
    sent_twice = [(conn, json.loads(body)) for conn, path, body in racer.requests[1:]]
    assert sent_twice == [(1, chat("second")), (2, chat("second"))]  # the same body, re-sent whole
    assert metrics.upstream_retries._value.get() == 1
    assert "streamguard_upstream_retries_total 1.0" in exposition
    assert metrics.errors.labels(kind="upstream")._value.get() == 0
    retries = [r for r in caplog.records if "retrying once on a fresh connection" in r.getMessage()]
    assert len(retries) == 1 and retries[0].levelno == logging.WARNING
    assert ("RemoteProtocolError" if not reset else "ReadError") in retries[0].getMessage()
    assert SECRET not in caplog.text


def test_request_failing_again_on_the_fresh_connection_gives_502() -> None:
    racer = KeepAliveRacer()
    with racing_proxy(racer) as (url, metrics):
        assert httpx.post(url + "/v1/chat/completions", json=chat("first")).status_code == 200
        r = httpx.post(url + "/v1/broken", json=chat("again"))
    assert racer.paths("/v1/broken") == [1, 2]  # the pooled connection, then one fresh one: no third try
    assert r.status_code == 502
    error = r.json()["error"]
    assert error["type"] == "upstream_error"
    assert error["message"] == "upstream failed: Server disconnected without sending a response."
    assert "\n" not in error["message"]
    assert metrics.upstream_retries._value.get() == 1
    assert metrics.errors.labels(kind="upstream")._value.get() == 1


def test_request_dropped_on_a_new_connection_is_not_retried() -> None:
    racer = KeepAliveRacer()
    with racing_proxy(racer) as (url, metrics):
        r = httpx.post(url + "/v1/broken", json=chat("first"))
    assert r.status_code == 502 and r.json()["error"]["message"].startswith("upstream failed: ")
    assert racer.paths("/v1/broken") == [1]  # the upstream took it on a fresh connection and dropped it: not sent again
    assert metrics.upstream_retries._value.get() == 0


def test_upstream_timeout_is_not_retried() -> None:
    racer = KeepAliveRacer()
    with racing_proxy(racer, read_timeout=0.5) as (url, metrics):
        assert httpx.post(url + "/v1/chat/completions", json=chat("first")).status_code == 200
        r = httpx.post(url + "/v1/hang", json=chat("wait"), timeout=10)
        time.sleep(0.3)  # a retry, were there one, would reach the upstream by now
    assert r.status_code == 504
    assert r.json()["error"]["message"].startswith("upstream timed out")
    assert racer.paths("/v1/hang") == [1]
    assert metrics.upstream_retries._value.get() == 0


def test_no_retry_once_response_headers_have_arrived() -> None:
    racer = KeepAliveRacer()
    with racing_proxy(racer) as (url, metrics):
        assert httpx.post(url + "/v1/chat/completions", json=chat("first")).status_code == 200
        with pytest.raises(httpx.RemoteProtocolError):  # the proxy cuts the response short, as the upstream did
            httpx.post(url + "/v1/truncated", json=chat("cut"))
        time.sleep(0.3)
    assert racer.paths("/v1/truncated") == [1]
    assert metrics.upstream_retries._value.get() == 0


def test_idle_upstream_connections_expire_before_uvicorns_keep_alive() -> None:
    from streamguard.proxy import UpstreamForwarder

    forwarder = UpstreamForwarder("http://127.0.0.1:8000/v1")
    assert forwarder.limits.keepalive_expiry is not None and forwarder.limits.keepalive_expiry < 5.0
