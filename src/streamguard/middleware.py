"""Pure ASGI middleware that guards streamed chat answers.

Modelled on starlette's GZipMiddleware: non-``http`` scopes and paths outside ``config.paths`` pass straight
through; each request gets its own ``GuardResponder``; ``send`` is wrapped so every chunk is seen as it
leaves; the decision to guard is taken at ``http.response.start`` (status 200, ``text/event-stream`` or
``text/plain``), and ``Content-Length`` is dropped whenever the body may change.

Per request, everything runs in one task group: the app, one task per classifier check, and (hold mode)
a pump that releases text at its deadlines. A client disconnect cancels the group: the app's stream
stops, pending checks are dropped from the shared micro-batcher, nothing of the stream survives.

What reaches the client, per mode (the protocol is documented field by field in docs/PROTOCOL.md):
- observe: the app's bytes, untouched and unsplit; verdicts go to metrics and logs only.
- annotate: the app's events, each one whole and unchanged as soon as it is complete, plus guard frames
  between events; ``data: [DONE]`` is kept back until the last verdicts are in (at most the budget).
- hold: content is re-framed as the engine releases it; every other part of the upstream (role, tool
  calls, reasoning, finish reasons, usage, comments, [DONE]) keeps its place relative to the content.
"""
from __future__ import annotations

import json
import logging
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Union

import anyio

from .classifier.batcher import MicroBatcher, PairClassifier
from .classifier.runtime import decision_thresholds
from .codecs.openai import content_deltas, dumps, parse_chunk, strip_content
from .codecs.sse import SSEDecoder, encode_event
from .codecs.text import TextDecoder
from .config import DEFAULT_CONFIG, ConfigError, GuardConfig, Mode
from .encode import OpenAIEncoder, TextEncoder, UIEncoder
from .engine import Annotation, DeadlineMiss, Held, Output, Release, TextGuard, Withheld, Check
from .metrics import GuardMetrics, default_metrics
from .redact import excerpt
from .types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("streamguard")

FORMAT_HEADER = b"x-streamguard-format"
MODE_HEADER = b"x-streamguard-mode"
BUDGET_HEADER = b"x-streamguard-budget-ms"

_shared_classifiers: dict[tuple[str | None, str], PairClassifier] = {}
_shared_batchers: dict[int, MicroBatcher] = {}


def shared_classifier(config: GuardConfig) -> PairClassifier:
    """The process-wide classifier for this model path and provider, loaded once."""
    from .classifier import ContradictionClassifier

    key = (config.model_path, config.provider)
    if key not in _shared_classifiers:
        _shared_classifiers[key] = ContradictionClassifier.load(config.model_path, provider=config.provider)
    return _shared_classifiers[key]


def shared_batcher(classifier: PairClassifier, config: GuardConfig, metrics: GuardMetrics) -> MicroBatcher:
    """One micro-batcher per classifier, shared by every middleware and stream of the process."""
    batcher = _shared_batchers.get(id(classifier))
    if batcher is None or batcher.classifier is not classifier:
        batcher = MicroBatcher(classifier, max_batch=config.batch_max_size, max_wait_ms=config.batch_max_wait_ms,
                               max_queue=max(config.queue_max_pairs, config.batch_max_size),
                               on_batch=lambda n, _s: metrics.batch_size.observe(n))
        _shared_batchers[id(classifier)] = batcher
    return batcher


class GuardMiddleware:
    """Guard the streamed chat answers of an ASGI app.

    Args:
        app: the ASGI application to wrap.
        config: a ``GuardConfig``; the default annotates and loads the shipped model.
        classifier: anything with ``predict(pairs) -> probabilities`` and ``threshold``; ``None`` loads the
            model named by ``config.model_path`` (the shipped one by default), once per process.
        metrics: where to count; the process-wide ``default_metrics()`` by default.
        clock: monotonic seconds; tests inject a fake one.

    Example::

        app = GuardMiddleware(app, config=GuardConfig(mode="hold", hold_budget_ms=1500))
    """

    def __init__(self, app: ASGIApp, *, config: GuardConfig | None = None, classifier: PairClassifier | None = None,
                 metrics: GuardMetrics | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.app = app
        self.config = config if config is not None else DEFAULT_CONFIG
        if not isinstance(self.config, GuardConfig):
            raise ConfigError(f"config={self.config!r} is not allowed: pass a streamguard.GuardConfig")
        self.metrics = metrics if metrics is not None else default_metrics()
        self.clock = clock
        # Loaded here, not on the first request: a missing or corrupt model fails at startup.
        self.classifier = classifier if classifier is not None else shared_classifier(self.config)
        self.batcher = shared_batcher(self.classifier, self.config, self.metrics)

    def thresholds_for(self, config: GuardConfig) -> tuple[float, float]:
        return decision_thresholds(self.classifier, config.threshold, config.correction_threshold)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") not in self.config.paths:
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        try:
            config = self._request_config(headers)
        except ConfigError as exc:
            body = json.dumps({"error": {"message": str(exc), "type": "invalid_request_error"}}).encode()
            await send({"type": "http.response.start", "status": 400,
                        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        ui = headers.get(FORMAT_HEADER, b"").strip().lower() == b"events"
        await GuardResponder(self, scope, config, ui=ui).run(receive, send)

    def _request_config(self, headers: dict[bytes, bytes]) -> GuardConfig:
        if not self.config.client_overrides:
            return self.config
        changes: dict[str, Any] = {}
        if MODE_HEADER in headers:
            changes["mode"] = headers[MODE_HEADER].decode("latin-1").strip()
        if BUDGET_HEADER in headers:
            raw = headers[BUDGET_HEADER].decode("latin-1").strip()
            if not raw.isdigit():
                raise ConfigError(f"X-Streamguard-Budget-Ms={raw!r} is not allowed: use a whole number of milliseconds")
            changes["hold_budget_ms"] = int(raw)
        return self.config.replace(**changes) if changes else self.config


@dataclass
class _Frame:
    data: bytes


@dataclass
class _Content:
    choice: int
    end: int


_Item = Union[_Frame, _Content]


@dataclass(eq=False)
class _Choice:
    guard: TextGuard
    fed: int = 0
    emitted_to: int = 0
    pieces: deque[Output] = field(default_factory=deque)


class GuardResponder:
    """The guard for one request: wraps ``receive`` and ``send``, owns the per-stream state."""

    def __init__(self, middleware: GuardMiddleware, scope: Scope, config: GuardConfig, *, ui: bool = False) -> None:
        self.mw = middleware
        self.scope = scope
        self.config = config
        self.mode = Mode(config.mode)
        self.ui = ui
        self.metrics = middleware.metrics
        self.clock = middleware.clock
        self.threshold, self.correction_threshold = middleware.thresholds_for(config)
        self.question: str | None = None
        self._body = bytearray()
        self._body_overflow = False
        self.guarding = False
        self.kind = ""  # "sse" or "text"
        self.started = False
        self.completed = False
        self.choices: dict[int, _Choice] = {}
        self.items: deque[_Item] = deque()
        self.tail: list[bytes] = []  # annotate: [DONE] and what follows, kept back until the last verdicts
        self.sse = SSEDecoder(max_event_bytes=max(1 << 20, config.max_buffer_chars * 4))
        self.text = TextDecoder()
        self.encoder: OpenAIEncoder | UIEncoder | TextEncoder = OpenAIEncoder()
        self.lock = anyio.Lock()
        self.wake = anyio.Event()
        self.app_done = False
        self.upstream_done = False
        self.disconnected = False
        self.bad_json_logged = False
        self._error: BaseException | None = None
        self._truncated = 0
        self.response_done = False

    # ---- lifecycle ------------------------------------------------------------------------------------
    async def run(self, receive: Receive, send: Send) -> None:
        self._receive, self._send = receive, send
        try:
            async with anyio.create_task_group() as tg:
                self.tg = tg
                tg.start_soon(self._run_app)
        finally:
            if self.guarding:  # however the stream ended: finished, failed or cancelled by a disconnect
                self.metrics.streams_in_flight.dec()
        if self._error is not None:
            raise self._error

    async def _run_app(self) -> None:
        try:
            await self.mw.app(self.scope, self.receive, self.send)
        except Exception as exc:
            if not self.started or not self.guarding:
                self._error = exc
                self.tg.cancel_scope.cancel()
                return
            reason = excerpt(str(exc), 200)  # exception text can quote upstream data: secrets masked
            log.error("streamguard: upstream app failed mid-stream (%s: %s); ending the stream with what was decided",
                      type(exc).__name__, reason)
            self.metrics.errors.labels(kind="upstream").inc()
            await self._finish(error=f"upstream failed mid-stream: {reason or type(exc).__name__}")
        finally:
            self.app_done = True
        if self.guarding and self.started and not self.completed and not self.disconnected:
            await self._finish()
        self.tg.cancel_scope.cancel()

    def _disconnect(self) -> None:
        if not self.disconnected:
            self.disconnected = True
            self.metrics.errors.labels(kind="disconnect").inc()
            log.info("streamguard: client disconnected; cancelling the upstream and pending checks")
        self.tg.cancel_scope.cancel()

    # ---- receive: capture the question without disturbing the app ------------------------------------
    async def receive(self) -> Message:
        message = await self._receive()
        if message["type"] == "http.disconnect" and not self.response_done:
            self._disconnect()  # after the response is complete, a disconnect is just the end of the exchange
        elif message["type"] == "http.request" and self.question is None and not self._body_overflow:
            chunk = message.get("body", b"")
            if len(self._body) + len(chunk) > self.config.max_question_bytes:
                self._body_overflow = True  # bounded: the guard runs without the question
                self._body.clear()
            else:
                self._body += chunk
                if not message.get("more_body", False):
                    self.question = extract_question(bytes(self._body))
                    self._body.clear()
        return message

    # ---- send: see every chunk as it leaves -----------------------------------------------------------
    async def send(self, message: Message) -> None:
        if self.disconnected:
            return
        kind = message["type"]
        if kind == "http.response.start":
            self.started = True
            self._start(message)
            await self._emit_message(message)
            return
        if kind != "http.response.body" or not self.guarding:
            await self._emit_message(message)
            return
        body: bytes = message.get("body", b"")
        more = message.get("more_body", False)
        if self.mode is Mode.OBSERVE and not self.ui:
            await self._emit_message({"type": "http.response.body", "body": body, "more_body": more})
        now = self.clock()
        if self.mode is Mode.OBSERVE and not self.ui:
            self._ingest(body, now)  # nothing of ours goes out in observe mode: no ordering to keep
        else:
            await self._acquire()
            try:
                out = self._ingest(body, now)
                if out:
                    await self._emit(out)
            finally:
                self.lock.release()
            if self.mode is Mode.HOLD:
                self._wake()  # new text brings a new deadline: the pump must not sleep past it
        if not more:
            await self._finish()

    def _start(self, message: Message) -> None:
        headers = [(k, v) for k, v in message.get("headers", [])]
        ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"").decode("latin-1").lower()
        status = message.get("status", 200)
        if status != 200 or not (ctype.startswith("text/event-stream") or ctype.startswith("text/plain")):
            return
        self.guarding = True
        self.kind = "sse" if ctype.startswith("text/event-stream") else "text"
        self.metrics.streams.labels(mode=self.mode.value).inc()
        self.metrics.streams_in_flight.inc()
        if self.ui:
            self.encoder = UIEncoder()
        elif self.kind == "text":
            self.encoder = TextEncoder()
        if self.mode is not Mode.OBSERVE or self.ui:
            headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
            if self.ui:
                headers = [(k, v) for k, v in headers if k.lower() != b"content-type"] + [(b"content-type", b"text/event-stream; charset=utf-8")]
            headers.append((b"x-streamguard-mode", self.mode.value.encode()))
            message["headers"] = headers
        if self.mode is Mode.HOLD:
            self.tg.start_soon(self._pump)

    # ---- decode and feed ------------------------------------------------------------------------------
    def _choice(self, index: int) -> _Choice:
        state = self.choices.get(index)
        if state is None:
            guard = TextGuard(self.config, threshold=self.threshold, correction_threshold=self.correction_threshold,
                              choice=index, question=self.question)
            state = self.choices[index] = _Choice(guard)
        return state

    def _feed(self, index: int, text: str, now: float) -> None:
        state = self._choice(index)
        state.guard.feed(text, now)
        state.fed += len(text)
        if self.mode is Mode.HOLD:
            last = self.items[-1] if self.items else None
            if isinstance(last, _Content) and last.choice == index:
                last.end = state.fed
            else:
                self.items.append(_Content(index, state.fed))
        for check in state.guard.take_checks():
            self.tg.start_soon(self._run_check, state.guard, check)

    def _ingest(self, body: bytes, now: float) -> bytes:
        """Decode a body chunk, feed the guards, and return the bytes to send now (annotate/hold)."""
        if self.kind == "text":
            return self._ingest_text(self.text.feed(body), now)
        return self._ingest_events(self.sse.feed(body), now)

    def _ingest_text(self, text: str, now: float) -> bytes:
        if text:
            self._feed(0, text, now)
        if self.mode is Mode.HOLD:
            return self._walk(now)
        out = bytearray(self.encoder.content(0, text) if (text and (self.mode is Mode.ANNOTATE or self.ui)) else b"")
        out += self._notices(now)
        return bytes(out) if self.mode is not Mode.OBSERVE or self.ui else b""

    def _ingest_events(self, events: list[Any], now: float) -> bytes:
        out = bytearray()
        for event in events:
            if not event.complete and not event.oversized and self.mode is not Mode.OBSERVE:
                event = self._close_truncated(event)
                if event is None:
                    continue
            chunk = parse_chunk(event.data) if (event.data is not None and not event.is_done and not event.oversized) else None
            if chunk is None and event.data is not None and not event.is_done and not self.bad_json_logged and event.data.strip():
                self.bad_json_logged = True
                self.metrics.errors.labels(kind="decode").inc()
                log.warning("streamguard: an SSE data line is not a JSON object; passed through unchanged (first 60 chars: %r)",
                            excerpt(event.data, 60))
            deltas = content_deltas(chunk) if chunk is not None else []
            hold_frame: bytes | None = event.raw
            if self.mode is Mode.HOLD and chunk is not None and not self.ui:
                try:
                    rest = strip_content(_without_logprobs(chunk) if deltas else chunk)
                    hold_frame = event.raw if rest == chunk else (encode_event(dumps(rest)) if rest is not None else None)
                except RecursionError:  # parseable but too deep to compare or re-encode: pass it on unguarded, in place
                    chunk, deltas = None, []
            if deltas and isinstance(self.encoder, OpenAIEncoder):
                self.encoder.template = chunk  # only content chunks name the stream our frames belong to
            for index, text in deltas:
                self._feed(index, text, now)
            if self.mode is Mode.OBSERVE and not self.ui:
                continue
            if self.ui:
                if self.mode is not Mode.HOLD:
                    out += b"".join(self.encoder.content(i, t) for i, t in deltas)
                continue
            if self.mode is Mode.ANNOTATE:
                if event.is_done or self.tail:
                    self.tail.append(event.raw)
                else:
                    out += event.raw
                continue
            # hold: content waits for the engine; the rest keeps its place after it. Frames without a
            # delta can still repeat the answer (Perplexity's closing message): strip those too.
            if hold_frame is not None:
                self.items.append(_Frame(hold_frame))
        if self.mode is Mode.HOLD:
            out += self._walk(now)
        elif self.mode is Mode.ANNOTATE or self.ui:
            out += self._notices(now)
        else:
            self._notices(now)
        return bytes(out)

    def _close_truncated(self, event: Any) -> Any:
        """The upstream stopped inside an event. Finish it if what arrived parses; else drop it, said aloud:
        forwarding half a line would glue our next frame onto it and break every client parser."""
        from .codecs.sse import SSEEvent

        if event.data is not None and (event.is_done or parse_chunk(event.data) is not None):
            raw = event.raw.rstrip(b"\r\n") + b"\n\n"
            return SSEEvent(raw=raw, data=event.data, event=event.event, id=event.id)
        if event.raw.strip():
            self.metrics.errors.labels(kind="upstream").inc()
            log.warning("streamguard: upstream closed inside an SSE event; dropped its %d unparseable bytes", len(event.raw))
            self._truncated = len(event.raw)
        return None

    # ---- checks ---------------------------------------------------------------------------------------
    async def _run_check(self, guard: TextGuard, check: Check) -> None:
        try:
            probs = await self.mw.batcher.submit(check.pairs)
        except Exception as exc:
            now = self.clock()
            log.error("streamguard: classifier failed (%s: %s); pending text follows on_deadline=%s",
                      type(exc).__name__, excerpt(str(exc), 200), self.config.on_deadline.value)  # type: ignore[union-attr]
            self.metrics.errors.labels(kind="classifier").inc()
            guard.on_check_failed(check, exc, now)
        else:
            now = self.clock()
            self.metrics.verdict_latency.observe(max(0.0, now - check.created))
            self.metrics.segments.labels(outcome="checked").inc()
            guard.on_verdict(check, probs, now)
        self._wake()
        if self.mode is not Mode.HOLD and not self.completed:
            async with self.lock:
                out = self._notices(now)
                if out and (self.mode is Mode.ANNOTATE or self.ui):
                    await self._emit(out)

    # ---- encode and release ---------------------------------------------------------------------------
    def _account(self, output: Output) -> None:
        m = self.metrics.segments
        if isinstance(output, Held):
            m.labels(outcome="held").inc()
        elif isinstance(output, Release) and output.text:
            m.labels(outcome="released").inc()
        elif isinstance(output, Withheld):
            m.labels(outcome="withheld").inc()
        elif isinstance(output, Annotation):
            m.labels(outcome="annotated").inc()
            log.info("streamguard: segment %d reversed by segment %d (score %.3f)", output.segment.id, output.reversed_by.id, output.score)
        elif isinstance(output, DeadlineMiss):
            self.metrics.deadline_misses.inc()
            (self.metrics.fail_open if output.action == "released" else self.metrics.fail_closed).inc()
            log.warning("streamguard: verdict for segment %d missed its deadline; %s", output.segment.id, output.action)

    def _notices(self, now: float) -> bytes:
        """Guard outputs of annotate/observe mode (annotations, errors), encoded."""
        out = bytearray()
        for state in self.choices.values():
            for o in state.guard.poll(now):
                self._account(o)
                out += self.encoder.output(o, now)
        return bytes(out)

    def _walk(self, now: float) -> bytes:
        """Hold mode: poll the engines and emit, in upstream order, everything decided."""
        out = bytearray()
        for state in self.choices.values():
            for o in state.guard.poll(now):
                self._account(o)
                if isinstance(o, (Release, Withheld)):
                    state.pieces.append(o)
                else:
                    out += self.encoder.output(o, now)
        while self.items:
            item = self.items[0]
            if isinstance(item, _Frame):
                out += item.data
                self.items.popleft()
                continue
            state = self.choices[item.choice]
            while state.emitted_to < item.end and state.pieces:
                piece = state.pieces[0]
                if isinstance(piece, Withheld):
                    if state.emitted_to <= piece.segment.start:
                        out += self.encoder.output(piece, now)
                    state.emitted_to = max(state.emitted_to, piece.segment.end)
                    state.pieces.popleft()
                    continue
                assert isinstance(piece, Release)
                lo, hi = max(piece.start, state.emitted_to), min(piece.end, item.end)
                if hi > lo:
                    part = Release(piece.choice, lo, hi, piece.text[lo - piece.start:hi - piece.start], piece.unchecked)
                    out += self.encoder.output(part, now)
                    state.emitted_to = hi
                if state.emitted_to >= piece.end:
                    state.pieces.popleft()
                else:
                    break
            if state.emitted_to >= item.end:
                self.items.popleft()
            else:
                break
        return bytes(out)

    def _wake(self) -> None:
        self.wake.set()

    async def _pump(self) -> None:
        """Hold mode: release text at its deadlines."""
        while not self.completed:
            deadlines = [d for s in self.choices.values() if (d := s.guard.next_deadline()) is not None]
            delay = max(0.0, min(deadlines) - self.clock()) if deadlines else None
            with anyio.move_on_after(delay if delay is not None else 3600):
                await self.wake.wait()
            self.wake = anyio.Event()
            if self.completed:
                return
            async with self.lock:
                out = self._walk(self.clock())
                if out:
                    await self._emit(out)

    async def _finish(self, error: str | None = None) -> None:
        """The upstream is done: flush, wait for the last verdicts (bounded by the budget), end the response."""
        if self.completed:
            return
        self.upstream_done = True
        now = self.clock()
        async with self.lock:
            out = bytearray()
            if self.kind == "text":
                out += self._ingest_text(self.text.flush(), now)
            else:
                out += self._ingest_events(self.sse.flush(), now)
            for state in self.choices.values():
                state.guard.finish(now)
                for check in state.guard.take_checks():
                    self.tg.start_soon(self._run_check, state.guard, check)
            if self._truncated and not error:
                error = f"upstream closed inside an event; {self._truncated} unparseable bytes dropped"
            if error:
                out += self.encoder.error(error)
            if out:
                await self._emit(out)
        self._wake()
        deadline = anyio.current_time() + self.config.budget_s + 0.05
        while any(s.guard.running_checks for s in self.choices.values()) or (
                self.mode is Mode.HOLD and not all(s.guard.done for s in self.choices.values())):
            if self.mode is not Mode.HOLD and anyio.current_time() >= deadline:
                break  # annotate/observe never delay the end by more than the budget
            await anyio.sleep(0.002)
            if self.mode is Mode.HOLD:
                async with self.lock:
                    out = self._walk(self.clock())
                    if out:
                        await self._emit(out)
        async with self.lock:
            now = self.clock()
            out = bytearray(self._walk(now) if self.mode is Mode.HOLD else self._notices(now))
            if self.mode is Mode.HOLD and self.items:  # nothing left to wait for: the rest goes as it is
                out += b"".join(i.data for i in self.items if isinstance(i, _Frame))
                self.items.clear()
            out += b"".join(self.tail)
            self.tail.clear()
            if isinstance(self.encoder, UIEncoder):
                out += self.encoder.done()
            self.completed = True
            if self.mode is Mode.OBSERVE and not self.ui:
                return  # the app's own final message already went out
            await self._emit_message({"type": "http.response.body", "body": bytes(out), "more_body": False})

    async def _acquire(self) -> None:
        # The uncontended case is the common one: take the lock without a scheduling checkpoint.
        try:
            self.lock.acquire_nowait()
        except anyio.WouldBlock:
            await self.lock.acquire()

    async def _emit(self, data: bytes) -> None:
        if self.mode is Mode.OBSERVE and not self.ui:
            return
        await self._emit_message({"type": "http.response.body", "body": data, "more_body": True})

    async def _emit_message(self, message: Message) -> None:
        if self.disconnected:
            return
        try:
            await self._send(message)
        except OSError:
            self._disconnect()
            return
        if message["type"] == "http.response.body" and not message.get("more_body", False):
            self.response_done = True


def _without_logprobs(chunk: dict[str, Any]) -> dict[str, Any]:
    """Hold mode drops logprobs from frames that carry content: they spell out text before it is released."""
    choices = chunk.get("choices")
    if not isinstance(choices, list):
        return chunk
    return {**chunk, "choices": [{k: v for k, v in c.items() if k != "logprobs"} if isinstance(c, dict) else c for c in choices]}


def extract_question(body: bytes) -> str | None:
    """The last user message of an OpenAI-style request body, as text (None if there is none)."""
    try:
        request = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(request, dict):
        return None
    messages = request.get("messages")
    if isinstance(messages, list):
        for message in reversed(messages):
            if isinstance(message, dict) and message.get("role") == "user":
                content = message.get("content")
                if isinstance(content, str):
                    return content[-2000:] or None
                if isinstance(content, list):
                    parts = [p.get("text", "") for p in content if isinstance(p, dict) and isinstance(p.get("text"), str)]
                    return " ".join(parts)[-2000:] or None
                return None
    prompt = request.get("prompt")
    return prompt[-2000:] if isinstance(prompt, str) and prompt else None
