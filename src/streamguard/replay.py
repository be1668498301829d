"""A built-in replaying upstream: an OpenAI-compatible server that streams recorded answers.

It lets the proxy, the demo and the tests run offline. ``create_replay_app()`` serves
``POST /v1/chat/completions`` (streaming and not) and ``GET /v1/models``, and streams the recorded answer
of a *scenario* token by token at ``rate`` tokens per second with ``jitter``.

Scenarios are JSON files ``{"name", "prompt", "answer", "description"}`` (optionally ``"keywords"``).
The shipped ones live inside the package (``streamguard/static/scenarios/``) so an installed streamguard
finds them without a checkout; ``demo/scenarios`` in the repository is a link to that folder. Pass
``scenarios_dir`` (``streamguard replay --scenarios DIR``) to replay your own.

Choosing the scenario for a request, first match wins:

1. the request's ``model`` names a scenario (``"reversal-yes-no"`` or ``"replay/reversal-yes-no"``);
2. the last user message equals a scenario's prompt, or contains its name;
3. the scenario whose prompt and keywords share the most content words with the message;
4. otherwise a stable hash of the message. Deliberately not round-robin: the same question always gets the
   same answer, with the same timing (the jitter is seeded by the question), so two clients asking at
   once — the demo's unguarded and guarded panes — see the same stream.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import time
import uuid
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

DEFAULT_RATE = 30.0
DEFAULT_JITTER = 0.5
REPLAY_MODEL = "streamguard-replay"

_TOKEN = re.compile(r"\s*(?:\w+|[^\w\s])|\s+", re.UNICODE)
_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    "a an and are as at be by can do does for from how i in is it me my of on or please show that the "
    "this to what when where which who why will with you your".split()
)


class ScenarioError(ValueError):
    """A scenario file is missing, unreadable or lacks a required field; the message names the file."""


@dataclass(frozen=True, slots=True)
class Scenario:
    name: str
    prompt: str
    answer: str
    description: str = ""
    keywords: tuple[str, ...] = ()

    def summary(self) -> dict[str, str]:
        return {"name": self.name, "prompt": self.prompt, "description": self.description}


def tokenize(text: str) -> list[str]:
    """Word-ish tokens (leading whitespace attached, punctuation apart) that join back to ``text``."""
    return _TOKEN.findall(text)


def default_scenarios_dir() -> Path:
    return Path(str(resources.files("streamguard") / "static" / "scenarios"))


def load_scenarios(directory: str | Path | None = None) -> list[Scenario]:
    """Every ``*.json`` scenario in ``directory`` (the shipped ones by default), sorted by file name."""
    folder = Path(directory) if directory is not None else default_scenarios_dir()
    if not folder.is_dir():
        raise ScenarioError(f"scenario folder {str(folder)!r} does not exist")
    scenarios = [_read_scenario(path) for path in sorted(folder.glob("*.json"))]
    if not scenarios:
        raise ScenarioError(f"scenario folder {str(folder)!r} holds no *.json scenario files")
    return scenarios


def _read_scenario(path: Path) -> Scenario:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ScenarioError(f"cannot read scenario {str(path)!r}: {exc}") from exc
    missing = [k for k in ("name", "prompt", "answer") if not isinstance(data.get(k), str) or not data.get(k)]
    if missing:
        raise ScenarioError(f"scenario {str(path)!r} lacks the text field(s) {missing}")
    keywords = data.get("keywords", [])
    return Scenario(name=data["name"], prompt=data["prompt"], answer=data["answer"],
                    description=str(data.get("description", "")), keywords=tuple(str(k) for k in keywords))


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS and len(w) > 1}


class ScenarioPicker:
    """Chooses the scenario for a request (see the module docstring for the order)."""

    def __init__(self, scenarios: Iterable[Scenario]) -> None:
        self.scenarios = list(scenarios)
        if not self.scenarios:
            raise ScenarioError("a replaying upstream needs at least one scenario")
        self._by_name = {s.name.lower(): s for s in self.scenarios}
        self._vocab = {s.name: _words(" ".join((s.prompt, s.name.replace("-", " "), *s.keywords)))
                       for s in self.scenarios}

    def pick(self, message: str, model: str | None = None) -> Scenario:
        if model:
            named = self._by_name.get(model.lower().removeprefix("replay/"))
            if named is not None:
                return named
        text = message.strip().lower()
        for s in self.scenarios:
            if text == s.prompt.strip().lower() or (s.name.lower() in text):
                return s
        words = _words(message)
        best, best_score = None, 0
        for s in self.scenarios:
            score = len(words & self._vocab[s.name])
            if score > best_score:
                best, best_score = s, score
        if best is not None and best_score >= 2:
            return best
        digest = hashlib.sha256(message.encode("utf-8", "replace")).digest()
        return self.scenarios[int.from_bytes(digest[:4], "big") % len(self.scenarios)]


def last_user_message(body: dict[str, Any]) -> str:
    for message in reversed(body.get("messages") or []):
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):  # content parts
                return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


class ReplayServer:
    """The endpoints of the replaying upstream.

    Args:
        scenarios: what to replay (``load_scenarios()`` by default).
        rate: tokens per second.
        jitter: each gap between tokens is ``1/rate`` times a factor drawn from ``[1 - jitter, 1 + jitter]``.

    Example::

        app = ReplayServer(rate=60).app   # or create_replay_app(rate=60)
    """

    def __init__(self, scenarios: Iterable[Scenario] | None = None, *, rate: float = DEFAULT_RATE,
                 jitter: float = DEFAULT_JITTER) -> None:
        if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0 < rate <= 100_000:
            raise ValueError(f"rate={rate!r} is not allowed: use tokens per second above 0 and at most 100000")
        if isinstance(jitter, bool) or not isinstance(jitter, (int, float)) or not 0 <= jitter < 1:
            raise ValueError(f"jitter={jitter!r} is not allowed: use a fraction from 0 up to (not including) 1")
        self.picker = ScenarioPicker(scenarios if scenarios is not None else load_scenarios())
        self.rate = float(rate)
        self.jitter = float(jitter)
        self.app = Starlette(routes=[
            Route("/v1/chat/completions", self.chat_completions, methods=["POST"]),
            Route("/chat/completions", self.chat_completions, methods=["POST"]),
            Route("/v1/models", self.models, methods=["GET"]),
            Route("/models", self.models, methods=["GET"]),
        ])

    async def models(self, request: Request) -> Response:
        data = [{"id": name, "object": "model", "created": 0, "owned_by": "streamguard-replay"}
                for name in [REPLAY_MODEL, *(f"replay/{s.name}" for s in self.picker.scenarios)]]
        return JSONResponse({"object": "list", "data": data})

    async def chat_completions(self, request: Request) -> Response:
        try:
            body = json.loads(await request.body())
            if not isinstance(body, dict):
                raise ValueError("the body is not a JSON object")
        except ValueError as exc:
            return _error(400, f"invalid JSON body: {exc}")
        message = last_user_message(body)
        model = body.get("model") if isinstance(body.get("model"), str) else None
        scenario = self.picker.pick(message, model)
        created = int(time.time())
        cid = "chatcmpl-replay-" + uuid.uuid4().hex[:12]
        model_name = model or REPLAY_MODEL
        usage = {"prompt_tokens": len(tokenize(message)), "completion_tokens": len(tokenize(scenario.answer))}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        headers = {"x-replay-scenario": scenario.name}
        if not body.get("stream"):
            return JSONResponse({
                "id": cid, "object": "chat.completion", "created": created, "model": model_name,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": scenario.answer},
                             "finish_reason": "stop", "logprobs": None}],
                "usage": usage,
            }, headers=headers)
        options = body.get("stream_options")
        include_usage = isinstance(options, dict) and bool(options.get("include_usage"))
        rng = random.Random(hashlib.sha256((scenario.name + "\0" + message).encode()).digest())
        frames = self._frames(scenario, rng, cid=cid, created=created, model=model_name,
                              usage=usage if include_usage else None)
        return StreamingResponse(frames, media_type="text/event-stream",
                                 headers={**headers, "cache-control": "no-cache"})

    async def _frames(self, scenario: Scenario, rng: random.Random, *, cid: str, created: int, model: str,
                      usage: dict[str, int] | None) -> AsyncIterator[bytes]:
        base = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model}

        def frame(delta: dict[str, Any], finish: str | None = None) -> bytes:
            chunk = {**base, "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
            return b"data: " + json.dumps(chunk, ensure_ascii=False).encode() + b"\n\n"

        yield frame({"role": "assistant", "content": ""})
        gap = 1.0 / self.rate
        for token in tokenize(scenario.answer):
            await anyio.sleep(gap * rng.uniform(1 - self.jitter, 1 + self.jitter))
            yield frame({"content": token})
        yield frame({}, "stop")
        if usage is not None:
            yield b"data: " + json.dumps({**base, "choices": [], "usage": usage}).encode() + b"\n\n"
        yield b"data: [DONE]\n\n"


def create_replay_app(scenarios: Iterable[Scenario] | None = None, *, rate: float = DEFAULT_RATE,
                      jitter: float = DEFAULT_JITTER) -> Starlette:
    """An OpenAI-compatible ASGI app that replays ``scenarios`` (see ``ReplayServer``)."""
    return ReplayServer(scenarios, rate=rate, jitter=jitter).app


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": "invalid_request_error"}}, status_code=status)
