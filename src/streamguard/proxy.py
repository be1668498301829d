"""A guarding proxy for OpenAI-compatible servers: forward, stream without buffering, guard on the way back.

``create_proxy_app(upstream, config=...)`` returns an ASGI app: a Starlette app that forwards
``/v1/chat/completions``, ``/v1/models`` and every other ``/v1/...`` route to ``upstream`` with one
``httpx.AsyncClient``, wrapped in ``GuardMiddleware``. ``/healthz`` and ``/metrics`` (Prometheus text) are
answered by the proxy itself.

Deliberate choices:

- ``upstream`` is the base URL an OpenAI SDK would use (``http://host:8000/v1``): ``/v1/chat/completions``
  goes to ``{upstream}/chat/completions``. An upstream URL without a path gets ``/v1`` appended.
- Bodies stream through chunk by chunk (``aiter_raw``); nothing is buffered but the (bounded) request body.
  The proxy asks the upstream for an uncompressed body (``accept-encoding: identity``) because the guard
  must read the text; if an upstream compresses anyway, the body is decoded and ``content-encoding``
  dropped.
- End-to-end headers, ``Authorization`` among them, are forwarded both ways; hop-by-hop headers
  (RFC 9110 7.6.1: ``connection`` and the headers it names, ``keep-alive``, ``te``, ``trailer``,
  ``transfer-encoding``, ``upgrade``, ``proxy-*``) and ``host``/``content-length`` are not.
- Upstream errors come back with their own status and body. Failing to reach the upstream gives
  ``502 {"error": {"message": "upstream unreachable: <reason>", "type": "upstream_error"}}``; an upstream
  that does not answer within the read timeout gives 504 in the same shape. Once a response has started,
  an upstream failure raises ``UpstreamStreamError`` into the middleware: a guarded stream then ends
  cleanly with what the guard decided and an error notice; any other response is cut short by the server,
  so the client can tell it is incomplete.
- A request whose reused (pooled) upstream connection breaks before any response byte (``ReadError``,
  ``WriteError``, ``RemoteProtocolError``: the upstream closed it while idle, as we sent) is sent once more
  on a fresh connection, as nginx and Envoy do; counted in ``streamguard_upstream_retries_total`` and logged.
  Never after a timeout (504), never once response headers have arrived, never twice. Idle connections
  expire after 4 s, below uvicorn's 5 s keep-alive, so the race is rare to begin with.
- A client that disconnects closes the upstream response at once (the upstream sees its connection drop),
  whatever the ASGI server's spec version: the response listens for ``http.disconnect`` itself.
- Secrets never reach logs or error bodies: nothing logs headers, and every message that could carry
  text from outside passes through ``redact()``.
"""
from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import anyio
import httpx
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .config import DEFAULT_CONFIG, GuardConfig
from .metrics import GuardMetrics, default_metrics
from .redact import RedactingFilter, redact  # noqa: F401  (RedactingFilter: re-exported, its old home)
from .types import ASGIApp, Receive, Scope, Send

logger = logging.getLogger("streamguard.proxy")

DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_READ_TIMEOUT = 300.0
DEFAULT_MAX_CONNECTIONS = 1000
DEFAULT_MAX_REQUEST_BYTES = 32 * 1024 * 1024

HOP_BY_HOP_HEADERS = frozenset({
    "connection", "keep-alive", "proxy-connection", "te", "trailer", "trailers", "transfer-encoding",
    "upgrade", "host", "content-length",
})
# Set by the ASGI server that answers the client; the upstream's copies would appear twice.
SERVER_SET_HEADERS = frozenset({"date", "server"})

# How long an idle pooled upstream connection is kept. uvicorn (which vLLM and most OpenAI-compatible servers
# run on) closes a connection after 5 s idle by default, and httpx's own default is also 5 s: at exactly that
# age the proxy can reuse a connection the upstream is closing, and the request fails before any response
# byte. Expiring ours a second earlier makes that race rare; the single retry in ``forward`` covers the rest
# (an upstream with a shorter keep-alive, a server that closes for other reasons).
DEFAULT_KEEPALIVE_EXPIRY = 4.0

# Errors of a request whose connection broke before the response headers arrived. On a reused connection
# they mean the upstream closed it (idle timeout, restart) as we sent: the request is sent once more on a
# fresh connection. Timeouts are not among them (the upstream may be working on it: 504), nor ConnectError
# (a fresh connection that failed), nor an h11 rejection of what the upstream sent (see _stale_connection).
RETRYABLE_ERRORS = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)


class UpstreamStreamError(Exception):
    """The upstream's response broke off after it had started (connection lost, read timeout)."""


def normalize_upstream(upstream: str) -> str:
    """The upstream base URL without a trailing slash, with ``/v1`` added when it has no path.

    Raises ``ValueError`` naming the URL (credentials masked) when it is not an absolute http(s) URL.
    """
    parts = urlsplit(upstream.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"upstream {redact(upstream)!r} is not allowed: use an http:// or https:// URL with a host, "
                         "such as http://127.0.0.1:8000/v1")
    path = parts.path.rstrip("/") or "/v1"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def forwarded_request_headers(headers: Mapping[str, str] | Any) -> list[tuple[str, str]]:
    """Client request headers to send upstream: end-to-end ones only, asking for an uncompressed body."""
    items = list(headers.items())
    named = {v.strip().lower() for k, value in items if k.lower() == "connection" for v in value.split(",")}
    out = [(k, v) for k, v in items
           if (lk := k.lower()) not in HOP_BY_HOP_HEADERS and lk not in named and not lk.startswith("proxy-")
           and lk != "accept-encoding"]
    out.append(("accept-encoding", "identity"))
    return out


def returned_response_headers(headers: httpx.Headers, *, decoded: bool) -> list[tuple[str, str]]:
    """Upstream response headers to return to the client: end-to-end ones, repeats kept (``set-cookie``),
    ``content-encoding`` only if the body is passed on as it came; ``date`` and ``server`` are the
    answering server's."""
    named = {v.strip().lower() for v in headers.get_list("connection", split_commas=True)}
    return [(key.lower(), value) for key, value in headers.multi_items()
            if (lk := key.lower()) not in HOP_BY_HOP_HEADERS and lk not in SERVER_SET_HEADERS and lk not in named
            and not lk.startswith("proxy-") and not (decoded and lk == "content-encoding")]


def _route_path(scope: Scope) -> str:
    """The request path below the app's mount point (``root_path`` removed, as Starlette routes see it)."""
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    return path[len(root):] if root and path.startswith(root + "/") else path


def upstream_error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"message": redact(message), "type": "upstream_error"}}, status_code=status)


class UpstreamResponse(Response):
    """Streams an open ``httpx.Response`` to the client and always closes it.

    It listens for ``http.disconnect`` while it streams (as Starlette's ``StreamingResponse`` does only for
    ASGI spec versions before 2.4), so a client that leaves closes the upstream connection at once, and
    the upstream response is closed on every way out: completion, disconnect, cancellation or error.
    """

    def __init__(self, upstream: httpx.Response, *, on_close: BackgroundTask | None = None) -> None:
        self.upstream = upstream
        encoding = upstream.headers.get("content-encoding", "identity").strip().lower()
        self.decoded = encoding not in ("", "identity")
        self.status_code = upstream.status_code
        self.background = on_close
        self.completed = False
        self.disconnected = False
        self.failed = False
        self.raw_headers = [(k.encode("latin-1"), v.encode("latin-1"))
                            for k, v in returned_response_headers(upstream.headers, decoded=self.decoded)]

    def _chunks(self) -> AsyncIterator[bytes]:
        return self.upstream.aiter_bytes() if self.decoded else self.upstream.aiter_raw()

    async def _stream(self, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        try:
            async for chunk in self._chunks():
                if chunk:
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
        except httpx.HTTPError as exc:
            # Raised, not swallowed: on a guarded stream the middleware ends the client stream cleanly with
            # what it decided plus an error notice (and counts it); elsewhere the server cuts the response
            # short, as any proxy must when the body it relays breaks off.
            self.failed = True
            reason = redact(f"{type(exc).__name__}: {exc}")
            logger.warning("upstream failed mid-stream: %s", reason,
                           extra={"event": "upstream_failed_mid_stream", "error": type(exc).__name__})
            raise UpstreamStreamError(f"upstream failed mid-stream ({type(exc).__name__})") from exc
        self.completed = True  # before the last send: a disconnect reported from here on is the normal end
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        error: UpstreamStreamError | None = None
        try:
            async with anyio.create_task_group() as tasks:
                async def stream() -> None:
                    nonlocal error
                    try:
                        await self._stream(send)
                    except OSError:  # ASGI 2.4 servers raise on send once the client is gone
                        self.disconnected = True
                    except UpstreamStreamError as exc:
                        error = exc
                    tasks.cancel_scope.cancel()

                tasks.start_soon(stream)
                while (await receive())["type"] != "http.disconnect":
                    pass
                # Servers also report http.disconnect once a response is complete: only before is it the client's.
                self.disconnected = not self.completed and error is None
                tasks.cancel_scope.cancel()
        finally:
            with anyio.CancelScope(shield=True):
                await self.upstream.aclose()
                if self.background is not None:
                    await self.background()
        if error is not None:
            raise error


class UpstreamForwarder:
    """Forwards requests to one upstream over one ``httpx.AsyncClient``.

    The client is opened by ``start()`` (the proxy app's lifespan) or, when the app is mounted where no
    lifespan runs, on first use; ``aclose()`` closes it.

    Args:
        upstream: base URL as an OpenAI SDK would take it (``http://127.0.0.1:8000/v1``).
        connect_timeout: seconds to establish a connection (and to wait for a pooled one).
        read_timeout: seconds to wait for each piece of the upstream response, the first byte included.
        max_request_bytes: larger request bodies are refused with 413.
        transport: an ``httpx.AsyncBaseTransport`` to use instead of the network (tests).
    """

    def __init__(self, upstream: str, *, connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
                 read_timeout: float = DEFAULT_READ_TIMEOUT, metrics: GuardMetrics | None = None,
                 max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES, max_connections: int = DEFAULT_MAX_CONNECTIONS,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        for name, value in (("connect_timeout", connect_timeout), ("read_timeout", read_timeout)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 86_400:
                raise ValueError(f"{name}={value!r} is not allowed: use a number of seconds above 0 and at most 86400")
        self.upstream = normalize_upstream(upstream)
        self.timeout = httpx.Timeout(connect=connect_timeout, read=read_timeout, write=read_timeout, pool=connect_timeout)
        self.limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=min(100, max_connections),
                                   keepalive_expiry=DEFAULT_KEEPALIVE_EXPIRY)
        self.metrics = metrics if metrics is not None else default_metrics()
        self.max_request_bytes = max_request_bytes
        self.transport = transport
        self._client: httpx.AsyncClient | None = None
        self._fresh_client: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        return f"UpstreamForwarder(upstream={redact(self.upstream)!r}, timeout={self.timeout!r})"

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self.timeout, limits=self.limits, transport=self.transport,
                                             follow_redirects=False)
        return self._client

    @property
    def fresh_client(self) -> httpx.AsyncClient:
        """The client for a retry: it keeps no idle connection, so each request it sends opens a new one
        (the main pool may hold more connections the upstream has closed). With a ``transport`` given, that
        transport decides, and this is ``client``."""
        if self.transport is not None:
            return self.client
        if self._fresh_client is None:
            self._fresh_client = httpx.AsyncClient(
                timeout=self.timeout, follow_redirects=False,
                limits=httpx.Limits(max_connections=self.limits.max_connections, max_keepalive_connections=0))
        return self._fresh_client

    async def start(self) -> None:
        _ = self.client

    async def aclose(self) -> None:
        for name in ("_client", "_fresh_client"):
            client = getattr(self, name)
            if client is not None:
                setattr(self, name, None)
                await client.aclose()

    def url_for(self, route_path: str, query: str) -> str:
        rest = route_path[len("/v1"):] if route_path == "/v1" or route_path.startswith("/v1/") else route_path
        return self.upstream + rest + (f"?{query}" if query else "")

    async def _read_body(self, request: Request) -> bytes | None:
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > self.max_request_bytes:
                return None
        return bytes(body)

    async def forward(self, request: Request) -> Response:
        started = time.monotonic()
        body = await self._read_body(request)
        if body is None:
            return JSONResponse({"error": {"message": f"request body larger than {self.max_request_bytes} bytes",
                                           "type": "invalid_request_error"}}, status_code=413)
        target = self.url_for(_route_path(request.scope), request.url.query)
        headers = forwarded_request_headers(request.headers)
        log: dict[str, Any] = {"method": request.method, "path": redact(request.url.path), "retried": False}
        client = self.client
        while True:
            # The body is in memory (bytes), so a second attempt sends it again unchanged.
            attempt = _Attempt()
            outgoing = client.build_request(request.method, target, headers=headers, content=body,
                                            extensions={"trace": attempt.trace})
            try:
                upstream = await client.send(outgoing, stream=True)
                break
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.UnsupportedProtocol) as exc:
                return self._failed(502, "upstream unreachable", exc, log)
            except httpx.TimeoutException as exc:
                return self._failed(504, "upstream timed out", exc, log)
            except httpx.HTTPError as exc:
                if log["retried"] or not _stale_connection(exc, attempt):
                    return self._failed(502, "upstream failed", exc, log)
                # Like nginx and Envoy: a reused connection that broke before any response byte is most
                # likely one the upstream closed while idle; send the request once more on a new connection.
                log["retried"] = True
                self.metrics.upstream_retries.inc()
                logger.warning("%s %s: reused upstream connection failed before any response byte (%s); "
                               "retrying once on a fresh connection", log["method"], log["path"],
                               redact(f"{type(exc).__name__}: {exc}"),
                               extra={"event": "upstream_retry", **log, "error": type(exc).__name__})
                client = self.fresh_client

        def done() -> None:
            logger.info("%s %s -> %d in %.3f s%s", log["method"], log["path"], upstream.status_code,
                        time.monotonic() - started, " (client disconnected)" if response.disconnected else "",
                        extra={"event": "proxied", **log, "status": upstream.status_code,
                               "duration_s": round(time.monotonic() - started, 4),
                               "disconnected": response.disconnected, "upstream_failed": response.failed})

        response = UpstreamResponse(upstream, on_close=BackgroundTask(done))
        return response

    def _failed(self, status: int, what: str, exc: Exception, log: dict[str, Any]) -> JSONResponse:
        reason = str(exc) or type(exc).__name__
        self.metrics.errors.labels(kind="upstream").inc()
        logger.warning("%s %s -> %d: %s: %s", log["method"], log["path"], status, what, redact(reason),
                       extra={"event": "upstream_error", **log, "status": status, "error": type(exc).__name__})
        return upstream_error(status, f"{what}: {reason}")


class _Attempt:
    """One request's trip through httpcore, seen through httpx's ``trace`` extension: did it open a
    connection of its own (``connection.connect_tcp``), or was it sent on a pooled one?"""

    def __init__(self) -> None:
        self.new_connection = False

    async def trace(self, event: str, info: dict[str, Any]) -> None:
        if event.startswith("connection.connect_"):
            self.new_connection = True


def _stale_connection(exc: httpx.HTTPError, attempt: _Attempt) -> bool:
    """Whether ``exc``, raised by ``client.send`` (so before the response headers were complete), looks like
    a pooled connection the upstream had closed: a connection-level error on a reused connection.

    Not when the connection was new (the upstream took a request and dropped it: sending it again would
    only repeat that), and not when h11 rejected bytes the upstream did send (a malformed response: the
    upstream answered, badly; it is in the exception's cause chain as an ``h11`` error).
    """
    if attempt.new_connection or not isinstance(exc, RETRYABLE_ERRORS):
        return False
    cause: BaseException | None = exc.__cause__
    while cause is not None:
        if type(cause).__module__.split(".")[0] == "h11":
            return False
        cause = cause.__cause__
    return True


def create_forwarding_app(forwarder: UpstreamForwarder, *, metrics: GuardMetrics | None = None,
                          health: Mapping[str, Any] | None = None) -> Starlette:
    """The unguarded Starlette app: ``/v1/...`` (and ``/chat/completions``, ``/models``) forwarded;
    ``/healthz`` and ``/metrics`` answered here."""
    shown_metrics = metrics if metrics is not None else forwarder.metrics
    health_body = {"status": "ok", **(health or {})}

    async def healthz(request: Request) -> Response:
        return JSONResponse(health_body)

    async def metrics_endpoint(request: Request) -> Response:
        body, content_type = shown_metrics.exposition()
        return Response(body, media_type=content_type)

    async def forward(request: Request) -> Response:
        return await forwarder.forward(request)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await forwarder.start()
        try:
            yield
        finally:
            await forwarder.aclose()

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
    return Starlette(lifespan=lifespan, routes=[
        Route("/healthz", healthz, methods=["GET", "HEAD"]),
        Route("/metrics", metrics_endpoint, methods=["GET"]),
        Route("/v1/{path:path}", forward, methods=methods),
        Route("/chat/completions", forward, methods=["POST"]),
        Route("/models", forward, methods=["GET"]),
    ])


def create_proxy_app(upstream: str, *, config: GuardConfig = DEFAULT_CONFIG,
                     connect_timeout: float = DEFAULT_CONNECT_TIMEOUT, read_timeout: float = DEFAULT_READ_TIMEOUT,
                     metrics: GuardMetrics | None = None, classifier: Any = None,
                     transport: httpx.AsyncBaseTransport | None = None) -> ASGIApp:
    """The guarding proxy: forwards to ``upstream`` and guards streamed chat completions.

    Args:
        upstream: base URL of the OpenAI-compatible server, as an SDK would take it
            (``http://127.0.0.1:8000/v1``; ``/v1`` is added to a URL without a path).
        config: how streams are guarded (``GuardConfig``).
        connect_timeout, read_timeout: seconds; see ``UpstreamForwarder``.
        metrics: where metrics go and what ``/metrics`` shows (the process-wide default if None).
        classifier: the contradiction classifier (the shipped model if None).
        transport: an httpx transport to use instead of the network (tests).

    Example::

        app = create_proxy_app("http://127.0.0.1:8000/v1", config=GuardConfig(mode="hold"))
        uvicorn.run(app, host="127.0.0.1", port=8400)
    """
    from .middleware import GuardMiddleware  # the guard engine loads lazily; keep `import streamguard.proxy` light

    metrics = metrics if metrics is not None else default_metrics()
    forwarder = UpstreamForwarder(upstream, connect_timeout=connect_timeout, read_timeout=read_timeout,
                                  metrics=metrics, transport=transport)
    mode = getattr(config.mode, "value", config.mode)
    app = create_forwarding_app(forwarder, metrics=metrics, health={"mode": mode})
    return GuardMiddleware(app, config=config, classifier=classifier, metrics=metrics)
