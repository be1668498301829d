"""The demo: a chat page with the unguarded and the guarded stream side by side, on one port.

``create_demo_app(self_url=...)`` composes, under one ASGI app:

- ``/`` and ``/static/...``: the page (``static/demo.html``, ``demo.js``, ``demo.css``; no CDN, works offline);
- ``/replay/v1/...``: the built-in replaying upstream, unless a real ``upstream`` is given;
- ``/guarded/v1/...``: the guarding proxy in front of the upstream, with per-request overrides on so the
  page can switch mode and budget (``X-Streamguard-Mode``, ``X-Streamguard-Budget-Ms``) and ask for the
  named-event format (``X-Streamguard-Format: events``);
- ``/plain/v1/...``: the same upstream, forwarded without a guard: what an unguarded client shows;
- ``/api/demo``: the scenarios and settings the page starts from; ``/healthz``; ``/metrics``.

The proxy reaches the replaying upstream over loopback at ``self_url``, exactly as it would reach a real
one: the demo exercises the same code path as ``streamguard serve``. Sub-apps are dispatched by path
prefix with the prefix removed from ``path`` (and added to ``root_path``), so each sees the paths it
would see standing alone. The page sends both panes the same request; the replaying upstream answers
the same question with the same stream (see ``streamguard.replay``), and a real upstream is asked for
``temperature: 0``.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from .config import DEFAULT_CONFIG, GuardConfig
from .metrics import GuardMetrics, default_metrics
from .proxy import (DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, UpstreamForwarder, create_forwarding_app,
                    redact)
from .replay import DEFAULT_RATE, Scenario, create_replay_app, load_scenarios
from .types import ASGIApp, Receive, Scope, Send

STATIC_FILES = {"demo.js": "text/javascript", "demo.css": "text/css"}

# Model text is only ever set with textContent; this policy makes any slip inert as well.
PAGE_HEADERS = {
    "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                               "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-cache",
}


def static_dir() -> Path:
    return Path(str(resources.files("streamguard") / "static"))


class PrefixDispatcher:
    """Routes ``http`` requests by path prefix to sub-apps, removing the prefix from ``path``.

    Everything else (unmatched paths, ``lifespan``) goes to ``default``.
    """

    def __init__(self, mounts: Mapping[str, ASGIApp], default: ASGIApp) -> None:
        self.mounts = sorted(mounts.items(), key=lambda item: -len(item[0]))
        self.default = default

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            path: str = scope["path"]
            for prefix, app in self.mounts:
                if path.startswith(prefix + "/"):
                    rest = path[len(prefix):]
                    child = dict(scope, path=rest, raw_path=rest.encode("utf-8"),
                                 root_path=scope.get("root_path", "") + prefix)
                    await app(child, receive, send)
                    return
        await self.default(scope, receive, send)


def create_demo_app(*, self_url: str, upstream: str | None = None, config: GuardConfig = DEFAULT_CONFIG,
                    scenarios: Iterable[Scenario] | None = None, rate: float = DEFAULT_RATE, jitter: float = 0.5,
                    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT, read_timeout: float = DEFAULT_READ_TIMEOUT,
                    classifier: Any = None, metrics: GuardMetrics | None = None) -> ASGIApp:
    """The demo app (see the module docstring).

    Args:
        self_url: where this app is served (``http://127.0.0.1:8400``); the proxy reaches the built-in
            replaying upstream through it.
        upstream: a real OpenAI-compatible upstream; ``None`` replays ``scenarios``.
        config: the guard's starting configuration (the page can switch mode and budget per request).
        rate, jitter: replay speed, tokens per second.
        classifier, metrics: as for ``GuardMiddleware``.

    Example::

        app = create_demo_app(self_url="http://127.0.0.1:8400", config=GuardConfig(mode="hold"))
    """
    from .middleware import GuardMiddleware

    scenario_list = list(scenarios) if scenarios is not None else load_scenarios()
    metrics = metrics if metrics is not None else default_metrics()
    mounts: dict[str, ASGIApp] = {}
    if upstream is None:
        mounts["/replay"] = create_replay_app(scenario_list, rate=rate, jitter=jitter)
        upstream_url = self_url.rstrip("/") + "/replay/v1"
    else:
        upstream_url = upstream
    config = config.replace(client_overrides=True)
    guarded = UpstreamForwarder(upstream_url, connect_timeout=connect_timeout, read_timeout=read_timeout, metrics=metrics)
    # The unguarded pane's traffic is not the guard's: keep it out of the guard's metrics.
    plain = UpstreamForwarder(upstream_url, connect_timeout=connect_timeout, read_timeout=read_timeout,
                              metrics=GuardMetrics())
    mounts["/guarded"] = GuardMiddleware(create_forwarding_app(guarded, metrics=metrics), config=config,
                                         classifier=classifier, metrics=metrics)
    mounts["/plain"] = create_forwarding_app(plain)

    settings = {
        "mode": getattr(config.mode, "value", config.mode),
        "budget_ms": config.hold_budget_ms,
        "on_deadline": getattr(config.on_deadline, "value", config.on_deadline),
        "overrides": config.client_overrides,
        "upstream": "built-in replay" if upstream is None else redact(upstream),
        "scenarios": [s.summary() for s in scenario_list],
    }
    folder = static_dir()

    async def page(request: Request) -> Response:
        return FileResponse(folder / "demo.html", media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC_FILES:
            return JSONResponse({"error": {"message": "not found", "type": "not_found"}}, status_code=404)
        return FileResponse(folder / name, media_type=STATIC_FILES[name], headers=PAGE_HEADERS)

    async def api(request: Request) -> Response:
        return JSONResponse(settings)

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def metrics_endpoint(request: Request) -> Response:
        body, content_type = metrics.exposition()
        return Response(body, media_type=content_type)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await guarded.aclose()
            await plain.aclose()

    ui = Starlette(lifespan=lifespan, routes=[
        Route("/", page, methods=["GET", "HEAD"]),
        Route("/static/{name}", asset, methods=["GET", "HEAD"]),
        Route("/api/demo", api, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET", "HEAD"]),
        Route("/metrics", metrics_endpoint, methods=["GET"]),
    ])
    return PrefixDispatcher(mounts, ui)
