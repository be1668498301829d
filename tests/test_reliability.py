"""Reliability and security (issue 6): client disconnect during a hold, hostile input, bounded per-stream
memory, CR/LF in upstream headers, and the short soak through the proxy.

The faults already covered in test_middleware.py (classifier raises or stalls, upstream fails mid-stream,
malformed JSON, invalid UTF-8, stop mid-frame, 1 MB without punctuation) are not repeated here;
docs/RELIABILITY.md maps every fault to the test that checks it.
"""
from __future__ import annotations

import asyncio
import gc
import json
import socket
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from asgi import drive, guard, receive_then_disconnect, request_body, scope_for, sse_app
from doubles import KeywordClassifier
from loopback import serve

from benchmarks.soak import rebuild
from streamguard import GuardConfig, GuardMiddleware
from streamguard.codecs import SSEDecoder
from streamguard.engine import TextGuard
from streamguard.metrics import GuardMetrics
from streamguard.middleware import GuardResponder

ROOT = Path(__file__).resolve().parent.parent
HAS_MODEL = (ROOT / "models" / "contradiction-minilm" / "model.int8.onnx").exists()
BASE = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m"}




def frame(delta: dict[str, Any], **extra: Any) -> bytes:
    return b"data: " + json.dumps({**BASE, "choices": [{"index": 0, "delta": delta, **extra}]}).encode() + b"\n\n"


def word_frames(text: str) -> list[bytes]:
    words = text.split(" ")
    return ([frame({"role": "assistant", "content": ""})] +
            [frame({"content": w if k == 0 else " " + w}) for k, w in enumerate(words)] +
            [frame({}, finish_reason="stop"), b"data: [DONE]\n\n"])


def events(body: bytes) -> list[Any]:
    dec = SSEDecoder(max_event_bytes=1 << 30)
    return dec.feed(body) + dec.flush()


def chunks_of(body: bytes) -> list[dict[str, Any]]:
    """Every data payload that parses as a JSON object (hostile ones that do not are skipped)."""
    out = []
    for e in events(body):
        if e.data is None or e.is_done:
            continue
        try:
            obj = json.loads(e.data)
        except (ValueError, RecursionError):
            continue
        if isinstance(obj, dict):
            out.append(obj)
    return out


def content(body: bytes) -> str:
    return "".join((c.get("delta") or {}).get("content") or "" for obj in chunks_of(body) for c in obj.get("choices") or []
                   if isinstance(c, dict))


def records(body: bytes) -> list[dict[str, Any]]:
    return [obj["streamguard"] for obj in chunks_of(body) if isinstance(obj.get("streamguard"), dict)]


def rebuilt(body: bytes) -> str:
    """Released content with every withheld segment put back in its place: must equal the upstream text."""
    return rebuild(content(body), [r for r in records(body) if r["event"] == "withheld"])


# ---- 1. client disconnect during a hold -----------------------------------------------------------------
class GateClassifier(KeywordClassifier):
    """Blocks its first call until released, so later checks queue up in the micro-batcher."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.entered = threading.Event()

    def predict(self, pairs):
        self.entered.set()
        self.gate.wait(10)
        return super().predict(pairs)


def _guard_states() -> list[Any]:
    """The guard objects alive now. isinstance() on some tracked objects (lazy module proxies of libraries that
    other tests imported, such as torch) emits deprecation warnings, which this suite turns into errors."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [o for o in gc.get_objects() if isinstance(o, (GuardResponder, TextGuard))]


@pytest.mark.anyio
async def test_disconnect_during_hold_cancels_app_checks_and_state():
    sentences = [f"Yes, the bridge number {k} is open today." if k % 2 == 0 else
                 f"Actually, no: the bridge number {k - 1} is closed today." for k in range(40)]
    frames = word_frames(" ".join(sentences))
    clf = GateClassifier()
    sent = [0]
    app_state = {"cancelled": False, "finished": False}

    async def app(scope, receive, send):
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/event-stream")]})

        async def listen():  # as Starlette's StreamingResponse and the proxy's UpstreamResponse do
            while (await receive())["type"] != "http.disconnect":
                pass

        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(listen)
                for f in frames:
                    await send({"type": "http.response.body", "body": f, "more_body": True})
                    sent[0] += 1
                    await anyio.sleep(0.002)
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                app_state["finished"] = True
                tg.cancel_scope.cancel()
        except anyio.get_cancelled_exc_class():
            app_state["cancelled"] = True
            raise

    metrics = GuardMetrics()
    mw = guard(app, metrics=metrics, classifier=clf, mode="hold", hold_budget_ms=30_000)
    body_sent = [False]
    queued_at_disconnect = [0]
    out: list[dict[str, Any]] = []

    async def receive():
        if not body_sent[0]:
            body_sent[0] = True
            return {"type": "http.request", "body": request_body(), "more_body": False}
        # the client leaves mid-stream, while checks wait in the batcher behind the blocked first call
        while not (clf.entered.is_set() and mw.batcher.queued_pairs > 0 and sent[0] >= 60):
            await anyio.sleep(0.005)
        queued_at_disconnect[0] = mw.batcher.queued_pairs
        return {"type": "http.disconnect"}

    async def send(message):
        out.append(message)

    gc.collect()
    states_before = {id(o) for o in _guard_states()}
    tasks_before = len(asyncio.all_tasks())
    threads_before = {t.ident for t in threading.enumerate()}
    with anyio.fail_after(20):
        await mw(scope_for(), receive, send)
    assert app_state["cancelled"] and not app_state["finished"] and sent[0] < len(frames)
    assert queued_at_disconnect[0] > 0
    # no task of the stream survives: the app, the pump and every check are gone when the call returns
    assert len(asyncio.all_tasks()) == tasks_before
    assert metrics.errors.labels(kind="disconnect")._value.get() == 1
    # hold mode with a 30 s budget: nothing was released before the client left
    assert content(b"".join(m.get("body", b"") for m in out if m["type"] == "http.response.body")) == ""
    # the queued checks of the stream are dropped, never classified: only the blocked first batch runs
    clf.gate.set()
    with anyio.fail_after(5):
        while mw.batcher.queued_pairs or mw.batcher.batches < 1:
            await anyio.sleep(0.01)
        await anyio.sleep(0.05)
    assert mw.batcher.queued_pairs == 0
    assert len(clf.calls) == 1 and mw.batcher.batches == 1
    # the only thread left is the shared batcher's worker (it serves every stream of the process)
    new_threads = [t for t in threading.enumerate() if t.ident not in threads_before]
    assert all(t.name == "streamguard-batcher" for t in new_threads) and len(new_threads) <= 1
    # and no per-stream state (responder, engines, their buffers) is still reachable
    gc.collect()
    assert not [o for o in _guard_states() if id(o) not in states_before]


@pytest.mark.anyio
async def test_disconnect_decrements_streams_in_flight():
    frames = word_frames("One fact here. " * 200)
    metrics = GuardMetrics()

    receive = receive_then_disconnect(0.05)

    async def send(message):
        pass

    mw = guard(listening_app(frames), metrics=metrics, mode="hold", hold_budget_ms=5000)
    with anyio.fail_after(10):
        await mw(scope_for(), receive, send)
    assert metrics.errors.labels(kind="disconnect")._value.get() == 1
    assert metrics.streams_in_flight._value.get() == 0


def listening_app(frames: list[bytes], delay: float = 0.002):
    async def app(scope, receive, send):
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/event-stream")]})
        async with anyio.create_task_group() as tg:
            async def listen():
                while (await receive())["type"] != "http.disconnect":
                    pass
                tg.cancel_scope.cancel()
            tg.start_soon(listen)
            for f in frames:
                await send({"type": "http.response.body", "body": f, "more_body": True})
                await anyio.sleep(delay)
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            tg.cancel_scope.cancel()
    return app


# ---- 2. hostile input -----------------------------------------------------------------------------------
@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["observe", "annotate", "hold"])
async def test_ten_megabyte_line_without_newline(mode):
    """A 10 MB data line (one huge content delta, no newline for 10 MB) is not parsed or buffered: it passes
    on in pieces as it arrives; the frames after it are guarded as usual; the content before it is intact."""
    huge = b'data: {"choices": [{"index": 0, "delta": {"content": "' + b"x" * (10 << 20) + b'"}}]}\n\n'
    head, tail = word_frames("First sentence here. Second one."), word_frames("After the flood. All fine.")
    chunks = head[:-1] + [huge[i:i + 65536] for i in range(0, len(huge), 65536)] + tail[1:]
    started = time.perf_counter()
    rec = await drive(guard(sse_app(chunks), mode=mode, hold_budget_ms=50), timeout=60)
    elapsed = time.perf_counter() - started
    assert elapsed < 30, elapsed
    assert huge in rec.body  # passed on byte for byte, not dropped
    got = content(rec.body.replace(huge, b""))
    assert got == "First sentence here. Second one.After the flood. All fine."
    if mode == "observe":
        assert rec.body == b"".join(chunks)


@pytest.mark.anyio
async def test_line_without_newline_until_the_end_is_passed_on():
    """The upstream sends 10 MB with no newline at all and closes: the bytes reach the client, the stream ends."""
    line = b"data: " + b"y" * (10 << 20)
    chunks = word_frames("Some text. More.")[:-1] + [line[i:i + 65536] for i in range(0, len(line), 65536)]
    for mode in ("observe", "hold"):
        rec = await drive(guard(sse_app(chunks), mode=mode, hold_budget_ms=50), timeout=60)
        assert line in rec.body and content(rec.body) == "Some text. More."
        assert rec.messages[-1][1].get("more_body") in (False, None)


def one_byte_app(data: bytes):
    async def app(scope, receive, send):
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/event-stream")]})
        for i in range(len(data)):
            await send({"type": "http.response.body", "body": data[i:i + 1], "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})
    return app


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["observe", "hold"])
async def test_100k_one_byte_chunks(mode):
    answer = "".join(f"Point {k} is made here, and {'it holds' if k % 3 else 'no: it does not'}. " for k in range(2000))
    data = b"".join(word_frames(answer))
    n = 100_000
    data = data[:n] if len(data) > n else data
    # cut on a frame boundary so the expectation is exact
    data = data[:data.rfind(b"\n\n") + 2]
    expected = content(data)
    started = time.perf_counter()
    rec = await drive(guard(one_byte_app(data), mode=mode, hold_budget_ms=50), timeout=120)
    elapsed = time.perf_counter() - started
    print(f"{mode}: {len(data)} one-byte chunks in {elapsed:.1f} s")
    assert elapsed < 90
    if mode == "observe":
        assert rec.body == data
    else:
        assert rebuilt(rec.body) == expected


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["observe", "annotate", "hold"])
async def test_nesting_too_deep_for_json_passes_through(mode):
    deep = b"[" * 100_000 + b"]" * 100_000
    frames = word_frames("One. Two.")
    frames.insert(2, b'data: {"choices": [{"index": 0, "delta": {"content": "lost?"}}], "x": ' + deep + b"}\n\n")
    rec = await drive(guard(sse_app(frames), mode=mode, hold_budget_ms=50))
    assert deep in rec.body and content(rec.body) == "One. Two."


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["observe", "annotate"])
async def test_deep_but_parseable_json_keeps_every_character(mode):
    deep = b"[" * 600 + b"]" * 600  # json.loads accepts it
    frames = word_frames("One. Two.")
    frames.insert(2, b'data: {"choices": [{"index": 0, "delta": {"content": " Mid."}, "x": ' + deep + b"}]}\n\n")
    rec = await drive(guard(sse_app(frames), mode=mode, hold_budget_ms=50))
    assert content(rec.body) == "One. Mid. Two."


@pytest.mark.anyio
async def test_deep_but_parseable_json_keeps_every_character_in_hold():
    deep = b"[" * 600 + b"]" * 600
    frames = word_frames("One. Two.")
    frames.insert(2, b'data: {"choices": [{"index": 0, "delta": {"content": " Mid."}, "x": ' + deep + b"}]}\n\n")
    rec = await drive(guard(sse_app(frames), mode="hold", hold_budget_ms=50))
    assert rebuilt(rec.body) == "One. Mid. Two."


class RecordingClassifier(KeywordClassifier):
    def __init__(self) -> None:
        super().__init__()
        self.pairs: list[tuple[Any, ...]] = []

    def predict(self, pairs):
        with self.lock:
            self.pairs.extend(pairs)
        return super().predict(pairs)


@pytest.mark.anyio
async def test_oversized_request_body_reaches_the_app_unchanged_and_capture_is_bounded():
    answer = "Yes, ibuprofen is safe in pregnancy. Actually, no: ibuprofen is not safe in pregnancy."
    padding = "z" * 3_000_000
    body = json.dumps({"model": "m", "stream": True, "padding": padding,
                       "messages": [{"role": "user", "content": "Is ibuprofen safe?"}]}).encode()
    pieces = [body[i:i + 65536] for i in range(0, len(body), 65536)]
    seen = bytearray()

    async def app(scope, receive, send):
        while True:
            m = await receive()
            seen.extend(m.get("body", b""))
            if not m.get("more_body"):
                break
        await sse_app(word_frames(answer))(scope, _done_receive, send)

    async def _done_receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    for limit, expect_question in ((1000, False), (10_000_000, True)):
        seen.clear()
        clf = RecordingClassifier()
        queue = list(pieces)

        async def receive():
            if queue:
                chunk = queue.pop(0)
                return {"type": "http.request", "body": chunk, "more_body": bool(queue)}
            await anyio.sleep(5)
            return {"type": "http.disconnect"}

        rec_out: list[dict[str, Any]] = []

        async def send(m):
            rec_out.append(m)
        mw = guard(app, classifier=clf, mode="hold", hold_budget_ms=500, max_question_bytes=limit)
        with anyio.fail_after(10):
            await mw(scope_for(), receive, send)
        assert bytes(seen) == body  # the app gets the whole body, unchanged
        questions = {p[2] for p in clf.pairs}
        assert clf.pairs and (questions == {"Is ibuprofen safe?"} if expect_question else questions == {None})
        out = b"".join(m.get("body", b"") for m in rec_out if m["type"] == "http.response.body")
        assert rebuilt(out) == answer


@pytest.mark.anyio
@pytest.mark.parametrize("ui", [False, True])
async def test_html_and_script_in_model_text_pass_as_text(ui):
    answer = ('Yes, <script>alert("pwned")</script> is safe </b><img src=x onerror=alert(1)>. '
              'Actually, no: <script>alert("pwned")</script> is not safe. \u2028Done & "quoted".')
    headers = [(b"x-streamguard-format", b"events")] if ui else None
    rec = await drive(guard(sse_app(word_frames(answer)), mode="hold", hold_budget_ms=2000), headers=headers)
    assert rec.start["headers"] and dict(rec.start["headers"])[b"content-type"].startswith(b"text/event-stream")
    if not ui:
        assert rebuilt(rec.body) == answer
        return
    # named events: every data line is one JSON document; the text comes back exactly as sent, as a string
    text = []
    for e in events(rec.body):
        if e.data is None:
            continue
        payload = json.loads(e.data)
        assert "\n" not in e.data
        if e.event == "segment":
            text.append(payload["text"])
        elif e.event == "withheld":
            text.append(payload.get("text") or payload["segment"]["text"] if "segment" in payload else payload["text"])
    assert "".join(text) == answer


def test_demo_renders_model_text_with_textcontent_only():
    js = "\n".join(line for line in (ROOT / "src" / "streamguard" / "static" / "demo.js").read_text().splitlines()
                   if not line.lstrip().startswith("//"))
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in js, sink
    assert "textContent" in js


@pytest.mark.anyio
async def test_memory_per_stream_is_bounded_by_max_buffer_chars():
    """Hold mode with a 60 s budget: past max_buffer_chars, held text is released while the upstream is
    still sending, instead of being buffered without end."""
    limit = 2_000
    answer = " ".join(f"Fact {k} is stated plainly here." for k in range(800))  # ~25,000 characters
    frames = word_frames(answer)
    trace: list[tuple[int, int]] = []  # (upstream characters sent, content characters out) as it streams
    out = bytearray()
    out_chars = [0]
    upstream_chars = [0]

    async def app(scope, receive, send):
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/event-stream")]})
        for f in frames:
            await send({"type": "http.response.body", "body": f, "more_body": True})
            upstream_chars[0] += len(content(f))
            trace.append((upstream_chars[0], out_chars[0]))
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    async def record(message):
        out.extend(message.get("body", b""))
        out_chars[0] += len(content(message.get("body", b"")))  # hold mode emits whole events

    receive = receive_then_disconnect(60)

    mw = guard(app, mode="hold", hold_budget_ms=60_000, max_buffer_chars=limit)
    with anyio.fail_after(20):
        await mw(scope_for(), receive, record)
    held = max(sent - released for sent, released in trace)
    mid_sent, mid_out = trace[len(trace) // 2]
    assert mid_out > 0 and mid_out >= mid_sent - limit - 100  # released while the upstream is still sending
    assert held <= limit + 100, held  # never more than the bound (plus one word) held back
    assert rebuilt(bytes(out)) == answer


# ---- faults not covered in test_middleware.py --------------------------------------------------------------
@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["annotate", "hold"])
async def test_upstream_closes_mid_sentence_and_mid_utf8_character(mode):
    """text/plain: the unfinished sentence is flushed and released; a character cut in half becomes U+FFFD
    (the bytes that did arrive are accounted for, nothing hangs)."""
    chunks = ["Yes, the caf\u00e9 is open. It closes at ".encode(), "nine \u2014 or te".encode(), "\u00e9".encode()[:1]]
    rec = await drive(guard(sse_app(chunks, content_type=b"text/plain; charset=utf-8"), mode=mode, hold_budget_ms=200))
    assert rec.body.decode("utf-8") == "Yes, the caf\u00e9 is open. It closes at nine \u2014 or te\ufffd"
    assert rec.messages[-1][1].get("more_body") in (False, None)


@pytest.mark.anyio
async def test_a_failing_stream_does_not_disturb_its_neighbours():
    """One middleware, two streams at once: one upstream dies mid-stream, the other completes intact."""
    answer = "Yes, the museum is open on Mondays. Actually, the museum is closed on Mondays. Plan for Tuesday."
    good, bad = word_frames(answer), word_frames(answer)

    async def app(scope, receive, send):
        failing = scope["path"] == "/v1/chat/completions" and dict(scope["headers"]).get(b"x-test") == b"bad"
        await sse_app(bad if failing else good, delay=0.003, fail_after=6 if failing else None)(scope, receive, send)

    metrics = GuardMetrics()
    mw = guard(app, metrics=metrics, mode="hold", hold_budget_ms=300)
    results: dict[str, Any] = {}

    async def one(name, headers):
        results[name] = await drive(mw, headers=headers)

    async with anyio.create_task_group() as tg:
        tg.start_soon(one, "bad", [(b"x-test", b"bad")])
        tg.start_soon(one, "good", None)
    assert rebuilt(results["good"].body) == answer
    assert any(r["event"] == "error" for r in records(results["bad"].body))
    assert metrics.errors.labels(kind="upstream")._value.get() == 1
    # and the middleware keeps serving afterwards
    assert rebuilt((await drive(mw)).body) == answer


@pytest.mark.anyio
async def test_metric_labels_stay_a_closed_set_whatever_the_requests():
    from streamguard.metrics import ERROR_KINDS, SEGMENT_OUTCOMES

    metrics = GuardMetrics()
    frames = word_frames("Yes, it is safe. Actually, no: it is not safe.")
    frames.insert(2, b"data: {garbage\n\n")
    mw = GuardMiddleware(sse_app(frames), config=GuardConfig(mode="hold", hold_budget_ms=50, client_overrides=True),
                         classifier=KeywordClassifier(), metrics=metrics)
    for headers in ([(b"x-streamguard-mode", b"annotate")], [(b"x-streamguard-mode", b"evil\"} 1\nx{")],
                    [(b"x-streamguard-budget-ms", b"sk-secret-key")], [(b"authorization", b"Bearer sk-secret-key")]):
        await drive(mw, headers=headers, path="/v1/chat/completions")
    text = metrics.exposition()[0].decode()
    assert "sk-secret" not in text and "evil" not in text
    for sample in (s for m in metrics.registry.collect() for s in m.samples):
        labels = sample.labels
        assert set(labels) <= {"outcome", "kind", "mode", "le"}
        assert labels.get("outcome", "held") in SEGMENT_OUTCOMES and labels.get("kind", "decode") in ERROR_KINDS
        assert labels.get("mode", "hold") in ("observe", "annotate", "hold")


# ---- CR/LF in the upstream's response headers, through the proxy ----------------------------------------
def raw_upstream(response_head: bytes, body: bytes) -> tuple[str, socket.socket, threading.Thread]:
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    srv.settimeout(10)

    def run():
        try:
            while True:
                conn, _ = srv.accept()
                with conn:
                    conn.settimeout(5)
                    data = b""
                    while b"\r\n\r\n" not in data:
                        data += conn.recv(65536)
                    head, rest = data.split(b"\r\n\r\n", 1)
                    length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                                   if line.lower().startswith(b"content-length:")), 0)
                    while len(rest) < length:
                        rest += conn.recv(65536)
                    conn.sendall(response_head + b"\r\n\r\n" + body)
        except OSError:
            pass

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return f"http://127.0.0.1:{srv.getsockname()[1]}/v1", srv, t


@pytest.mark.parametrize("evil,status,expect", [
    (b"X-Evil: a\rSet-Cookie: injected=1", 502, None),  # bare CR: h11 refuses the header block
    (b"X-Evil: a\x00b", 502, None),  # NUL: refused
    (b"X-Evil: a\r\n Set-Cookie: injected=1", 200, ("x-evil", "a Set-Cookie: injected=1")),  # obs-fold: one value
    (b"X-Evil: a\nSet-Cookie: injected=1", 200, ("set-cookie", "injected=1")),  # bare LF ends a line (RFC 9112 2.2)
])
def test_crlf_in_upstream_response_headers_is_not_reflected(evil, status, expect):
    """No header value the client receives carries CR, LF or NUL: a malformed upstream header block gives
    502; a folded header arrives unfolded as one value; a bare LF is a line end (h11), so the upstream
    really did send two headers, and both are passed on as the end-to-end headers they are."""
    from streamguard.proxy import create_proxy_app

    body = b"".join(word_frames("Hello there. All good."))
    head = (b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n" + evil +
            b"\r\ncontent-length: " + str(len(body)).encode() + b"\r\nconnection: close")
    url, srv, _ = raw_upstream(head, body)
    try:
        app = create_proxy_app(url, config=GuardConfig(mode="hold", hold_budget_ms=100), classifier=KeywordClassifier(),
                               metrics=GuardMetrics())
        with serve(app) as proxy:
            r = httpx.post(proxy + "/v1/chat/completions", content=request_body(), timeout=10,
                           headers={"content-type": "application/json", "authorization": "Bearer sk-secret-12345"})
    finally:
        srv.close()
    assert r.status_code == status
    for k, v in r.headers.raw:
        assert not set(b"\r\n\x00") & set(k + v), (k, v)
    assert "sk-secret" not in r.text
    if status == 502:
        assert "set-cookie" not in r.headers and r.json()["error"]["type"] == "upstream_error"
    else:
        assert r.headers[expect[0]] == expect[1] and content(r.content) == "Hello there. All good."


# ---- 3. the short soak (benchmarks/soak.py --quick) ------------------------------------------------------
@pytest.mark.slow
@pytest.mark.skipif(not HAS_MODEL, reason="the shipped model is not in models/")
def test_soak_quick_loses_nothing_and_leaks_nothing(tmp_path):
    out = tmp_path / "soak.json"
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "soak.py"), "--quick", "--json", str(out)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    elapsed = time.perf_counter() - started
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    r = json.loads(out.read_text())
    assert elapsed < 60, elapsed
    assert r["streams"] == r["sequential"] + r["concurrent"] and r["failed_streams"] == 0
    assert r["lost_chars"] == 0 and r["extra_chars"] == 0 and r["upstream_chars"] > 0
    assert r["withheld_segments"] > 0  # the scenarios reverse themselves: the accounting covered withheld text
    assert r["leaked_tasks"] <= 0 and r["leaked_fds"] <= 0
    assert r["fds_after_shutdown"] <= r["fds_before_start"] and r["tasks_after_shutdown"] <= 1
    assert r["rss_growth_mb"] < 50
    # within capacity (one stream at a time) no verdict misses its deadline; a burst of 20 streams whose
    # whole answers arrive at once can exceed 2 shared cores: reported, not asserted (docs/RELIABILITY.md)
    # (1% slack: this runs on shared CI cores, where another job can stall one verdict past 1.5 s)
    assert r["sequential_deadline_misses"] <= r["sequential"] // 100 and r["deadline_misses"] >= 0
    assert r["warmup_failed"] == 0
    assert r["streams_in_flight_gauge_after"] == 0
