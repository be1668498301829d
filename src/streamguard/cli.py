"""The ``streamguard`` command line: ``serve``, ``replay``, ``demo``, ``scan``, ``bench``.

Every setting comes from, in order of precedence: a flag, an environment variable (``STREAMGUARD_*``,
listed in each subcommand's ``--help``), a TOML file (``--config FILE`` or ``STREAMGUARD_CONFIG``), the
default. The TOML file holds server settings at the top level and any ``GuardConfig`` field in a
``[guard]`` table::

    upstream = "http://127.0.0.1:8000/v1"
    port = 8400
    read_timeout = 120

    [guard]
    mode = "hold"
    hold_budget_ms = 1500
    on_deadline = "withhold"

Bad usage or an invalid setting exits with status 2 and one line naming what was wrong; servers bind
127.0.0.1 unless told otherwise.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import socket
import sys
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from importlib import metadata
from pathlib import Path
from typing import Any, NoReturn

from .config import DeadlinePolicy, GuardConfig, Mode
from .config import ConfigError

logger = logging.getLogger("streamguard.cli")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8400
DEFAULT_REPLAY_PORT = 8401
PROG = "streamguard"


class UsageError(Exception):
    """Bad usage or an invalid setting: reported on one line, exit status 2."""


@dataclass(frozen=True)
class Setting:
    name: str            # attribute on the parsed namespace and key in the TOML file
    env: str
    kind: Callable[[str], Any]
    default: Any = None
    guard_field: str | None = None   # the GuardConfig field it sets, if any


def _positive(what: str) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = float("nan")
        if not value > 0:
            raise argparse.ArgumentTypeError(f"{text!r} is not {what} above 0")
        return value

    parse.__name__ = what
    return parse


_seconds = _positive("a number of seconds")
_rate = _positive("a number of tokens per second")


def _port(text: str) -> int:
    if not text.strip().isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number from 0 to 65535")
    return int(text)


SERVER_SETTINGS = {s.name: s for s in (
    Setting("upstream", "STREAMGUARD_UPSTREAM", str),
    Setting("host", "STREAMGUARD_HOST", str, DEFAULT_HOST),
    Setting("port", "STREAMGUARD_PORT", _port, DEFAULT_PORT),
    Setting("connect_timeout", "STREAMGUARD_CONNECT_TIMEOUT", _seconds, 5.0),
    Setting("read_timeout", "STREAMGUARD_READ_TIMEOUT", _seconds, 300.0),
    Setting("log_level", "STREAMGUARD_LOG_LEVEL", str, "info"),
    Setting("log_format", "STREAMGUARD_LOG_FORMAT", str, "text"),
)}
GUARD_SETTINGS = {s.name: s for s in (
    Setting("mode", "STREAMGUARD_MODE", str, guard_field="mode"),
    Setting("budget_ms", "STREAMGUARD_BUDGET_MS", int, guard_field="hold_budget_ms"),
    Setting("on_deadline", "STREAMGUARD_ON_DEADLINE", str, guard_field="on_deadline"),
    Setting("threshold", "STREAMGUARD_THRESHOLD", float, guard_field="threshold"),
    Setting("correction_threshold", "STREAMGUARD_CORRECTION_THRESHOLD", float, guard_field="correction_threshold"),
    Setting("model", "STREAMGUARD_MODEL", str, guard_field="model_path"),
    Setting("provider", "STREAMGUARD_PROVIDER", str, guard_field="provider"),
)}
REPLAY_SETTINGS = {s.name: s for s in (
    Setting("rate", "STREAMGUARD_REPLAY_RATE", _rate, 30.0),
    Setting("scenarios", "STREAMGUARD_SCENARIOS", str),
)}
LOG_LEVELS = ("debug", "info", "warning", "error")


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage on one line (``prog: error: ...``) and exits 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _version() -> str:
    try:
        return metadata.version("streamguard")
    except metadata.PackageNotFoundError:
        return "unknown"


def _env_help(settings: Mapping[str, Setting]) -> str:
    return "environment: " + ", ".join(s.env for s in settings.values())


def _add_server_flags(p: argparse.ArgumentParser, *, port: int, upstream_help: str) -> None:
    p.add_argument("--upstream", metavar="URL", help=upstream_help)
    p.add_argument("--host", help=f"address to bind (default {DEFAULT_HOST})")
    p.add_argument("--port", type=_port, help=f"port to bind, 0 for any free one (default {port})")
    p.add_argument("--connect-timeout", type=_seconds, metavar="S", help="seconds to connect to the upstream (default 5)")
    p.add_argument("--read-timeout", type=_seconds, metavar="S", help="seconds to wait for upstream data (default 300)")
    p.add_argument("--log-level", choices=LOG_LEVELS, help="default info")
    p.add_argument("--log-format", choices=("text", "json"), help="text (default) or one JSON object per line")
    p.add_argument("--config", metavar="FILE.toml", help="TOML settings file (also STREAMGUARD_CONFIG)")


def _add_guard_flags(p: argparse.ArgumentParser, *, mode: str) -> None:
    p.add_argument("--mode", choices=[m.value for m in Mode], help=f"how streams are guarded (default {mode})")
    p.add_argument("--budget-ms", type=int, metavar="N", help="hold budget in milliseconds (default 1500)")
    p.add_argument("--on-deadline", choices=[d.value for d in DeadlinePolicy],
                   help="what hold mode does when a verdict is late (default release)")
    p.add_argument("--threshold", type=float, metavar="T", help="contradiction probability that counts as a reversal (default: the model's guard threshold)")
    p.add_argument("--correction-threshold", type=float, metavar="T",
                   help="threshold for a sentence that announces a correction (\"Correction:\", \"Wait, I misspoke\"), when lower "
                        "(default: the model's correction threshold, 0.5 for the shipped model)")
    p.add_argument("--model", metavar="PATH", help="classifier directory or .onnx file (default: the shipped model)")
    p.add_argument("--provider", choices=("auto", "cpu", "cuda"), help="ONNX Runtime execution provider (default auto)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Guard streamed chat answers against sentences that a later one reverses.")
    parser.add_argument("--version", action="version", version=f"{PROG} {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    serve = sub.add_parser("serve", help="run the guarding proxy in front of an OpenAI-compatible server",
                           description="Run the guarding proxy in front of an OpenAI-compatible server.",
                           epilog=_env_help({**SERVER_SETTINGS, **GUARD_SETTINGS}))
    _add_server_flags(serve, port=DEFAULT_PORT,
                      upstream_help="base URL of the upstream, as an OpenAI SDK takes it (http://127.0.0.1:8000/v1)")
    _add_guard_flags(serve, mode=Mode.ANNOTATE.value)

    replay = sub.add_parser("replay", help="run the built-in replaying upstream (recorded answers, offline)",
                            description="Run an OpenAI-compatible server that streams recorded answers.",
                            epilog=_env_help({k: SERVER_SETTINGS[k] for k in ("host", "port", "log_level")} | REPLAY_SETTINGS))
    replay.add_argument("--host", help=f"address to bind (default {DEFAULT_HOST})")
    replay.add_argument("--port", type=_port, help=f"port to bind (default {DEFAULT_REPLAY_PORT})")
    replay.add_argument("--rate", type=_rate, help="tokens per second (default 30)")
    replay.add_argument("--scenarios", metavar="DIR", help="folder of scenario *.json files (default: the shipped ones)")
    replay.add_argument("--log-level", choices=LOG_LEVELS, help="default info")

    demo = sub.add_parser("demo", help="run the demo chat UI: unguarded and guarded side by side",
                          description="Start the replaying upstream (unless --upstream is given), the guarding proxy "
                                      "and the demo UI on one port, and print its URL.",
                          epilog=_env_help({**SERVER_SETTINGS, **GUARD_SETTINGS, **REPLAY_SETTINGS}))
    _add_server_flags(demo, port=DEFAULT_PORT,
                      upstream_help="a real OpenAI-compatible upstream (default: the built-in replaying one)")
    _add_guard_flags(demo, mode=Mode.HOLD.value)
    demo.add_argument("--rate", type=_rate, help="replay tokens per second (default 30)")
    demo.add_argument("--scenarios", metavar="DIR", help="folder of scenario *.json files (default: the shipped ones)")

    sub.add_parser("scan", add_help=False, help="scan JSONL transcripts for answers that reverse themselves "
                                                "(streamguard scan --help)")
    sub.add_parser("bench", add_help=False, help="run the benchmarks (streamguard bench --help)")
    return parser


# -- settings -------------------------------------------------------------------------------------------

def load_config_file(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as exc:
        raise UsageError(f"cannot read config file {path!r}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"config file {path!r} is not valid TOML: {exc}") from exc
    allowed = set(SERVER_SETTINGS) | set(REPLAY_SETTINGS) | {"guard"}
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise UsageError(f"config file {path!r}: unknown setting(s) {unknown}; allowed: {sorted(allowed)}")
    if not isinstance(data.get("guard", {}), dict):
        raise UsageError(f"config file {path!r}: 'guard' must be a table of GuardConfig fields")
    return data


def resolve(args: argparse.Namespace, settings: Mapping[str, Setting], file: Mapping[str, Any],
            environ: Mapping[str, str]) -> dict[str, Any]:
    """Each setting from its flag, else its environment variable, else the file, else its default."""
    out: dict[str, Any] = {}
    for name, s in settings.items():
        flag = getattr(args, name, None)
        if flag is not None:
            out[name] = flag
        elif environ.get(s.env, "") != "":
            try:
                out[name] = s.kind(environ[s.env])
            except (ValueError, argparse.ArgumentTypeError) as exc:
                raise UsageError(f"{s.env}={environ[s.env]!r} is not allowed: {exc}") from None
        elif name in file:
            out[name] = file[name]
        elif s.guard_field is not None and s.guard_field in file.get("guard", {}):
            out[name] = file["guard"][s.guard_field]
        else:
            out[name] = s.default
    return out


def build_guard_config(values: Mapping[str, Any], file: Mapping[str, Any], *, mode: str,
                       extra: Mapping[str, Any] | None = None) -> GuardConfig:
    changes: dict[str, Any] = dict(file.get("guard", {}))
    changes.setdefault("mode", mode)
    for name, s in GUARD_SETTINGS.items():
        if values.get(name) is not None and s.guard_field:
            changes[s.guard_field] = values[name]
    changes.update(extra or {})
    known = {f.name for f in fields(GuardConfig)}
    unknown = sorted(set(changes) - known)
    if unknown:
        raise UsageError(f"unknown guard setting(s) {unknown}; allowed: {sorted(known - {'extra'})}")
    if isinstance(changes.get("paths"), list):
        changes["paths"] = tuple(changes["paths"])
    try:
        return GuardConfig(**changes)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _settings(args: argparse.Namespace, groups: Sequence[Mapping[str, Setting]],
              environ: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    path = getattr(args, "config", None) or environ.get("STREAMGUARD_CONFIG") or None
    file = load_config_file(path) if path else {}
    values: dict[str, Any] = {}
    for group in groups:
        values.update(resolve(args, group, file, environ))
    if values.get("log_level") not in (None, *LOG_LEVELS):
        raise UsageError(f"log level {values['log_level']!r} is not allowed: use one of {list(LOG_LEVELS)}")
    return values, file


# -- logging --------------------------------------------------------------------------------------------

_RECORD_FIELDS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and the record's ``extra`` fields."""

    def format(self, record: logging.LogRecord) -> str:
        out = {"time": self.formatTime(record), "level": record.levelname, "logger": record.name,
               "message": record.getMessage()}
        out.update({k: v for k, v in vars(record).items() if k not in _RECORD_FIELDS})
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, default=str)


def configure_logging(level: str, fmt: str = "text") -> None:
    from .redact import RedactingFilter

    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(JsonFormatter() if fmt == "json" else
                         logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    # httpx logs every request URL at INFO, query string included (some APIs take keys there)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))


# -- serving --------------------------------------------------------------------------------------------

def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket, bound before the server starts so that port 0 gets a known free port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot bind {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket, host: str) -> str:
    port = sock.getsockname()[1]
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else ("[::1]" if host == "::" else (f"[{host}]" if ":" in host else host))
    return f"http://{shown}:{port}"


def run_server(app: Any, sock: socket.socket, log_level: str) -> int:
    import uvicorn

    # access_log off: the proxy logs each request itself, without query strings (they can carry keys)
    config = uvicorn.Config(app, log_config=None, log_level=log_level, access_log=False, lifespan="on",
                            timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    server.run(sockets=[sock])
    return 0 if server.started else 1


def _upstream_or_fail(url: str | None) -> str:
    from .proxy import normalize_upstream

    if not url:
        raise UsageError("no upstream: pass --upstream URL or set STREAMGUARD_UPSTREAM")
    try:
        return normalize_upstream(url)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def cmd_serve(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    from .proxy import create_proxy_app, redact

    values, file = _settings(args, [SERVER_SETTINGS, GUARD_SETTINGS], environ)
    upstream = _upstream_or_fail(values["upstream"])
    config = build_guard_config(values, file, mode=Mode.ANNOTATE.value)
    configure_logging(values["log_level"], values["log_format"])
    app = create_proxy_app(upstream, config=config, connect_timeout=values["connect_timeout"],
                           read_timeout=values["read_timeout"])
    sock = bind_socket(values["host"], values["port"])
    mode = getattr(config.mode, "value", config.mode)
    logger.info("guarding %s at %s (mode %s, budget %d ms)", redact(upstream), url_of(sock, values["host"]),
                mode, config.hold_budget_ms)
    return run_server(app, sock, values["log_level"])


def cmd_replay(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    from .replay import ScenarioError, create_replay_app, load_scenarios

    values, _ = _settings(args, [{k: SERVER_SETTINGS[k] for k in ("host", "port", "log_level")}, REPLAY_SETTINGS],
                          environ)
    if args.port is None and not environ.get("STREAMGUARD_PORT"):
        values["port"] = DEFAULT_REPLAY_PORT
    try:
        app = create_replay_app(load_scenarios(values["scenarios"]), rate=values["rate"])
    except (ScenarioError, ValueError) as exc:
        raise UsageError(str(exc)) from None
    configure_logging(values["log_level"])
    sock = bind_socket(values["host"], values["port"])
    print(f"streamguard replay: OpenAI-compatible upstream at {url_of(sock, values['host'])}/v1 "
          f"({values['rate']:g} tokens/s)", flush=True)
    return run_server(app, sock, values["log_level"])


def cmd_demo(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    from .demo import create_demo_app
    from .replay import ScenarioError, load_scenarios

    values, file = _settings(args, [SERVER_SETTINGS, GUARD_SETTINGS, REPLAY_SETTINGS], environ)
    upstream = _upstream_or_fail(values["upstream"]) if values["upstream"] else None
    config = build_guard_config(values, file, mode=Mode.HOLD.value)
    try:
        scenarios = load_scenarios(values["scenarios"])
    except ScenarioError as exc:
        raise UsageError(str(exc)) from None
    configure_logging(values["log_level"], values["log_format"])
    sock = bind_socket(values["host"], values["port"])
    url = url_of(sock, values["host"])
    app = create_demo_app(self_url=url, upstream=upstream, config=config, scenarios=scenarios, rate=values["rate"],
                          connect_timeout=values["connect_timeout"], read_timeout=values["read_timeout"])
    print(f"streamguard demo: open {url}/", flush=True)
    return run_server(app, sock, values["log_level"])


def _delegate_scan(argv: list[str]) -> int:
    try:
        from .scan import main as scan_main
    except ImportError as exc:
        print(f"{PROG} scan: not available in this installation ({exc})", file=sys.stderr)
        return 1
    return int(scan_main(argv) or 0)


def _delegate_bench(argv: list[str]) -> int:
    import importlib

    # The benchmarks live in the checkout, not in the installed package. Look there first: other
    # distributions install a top-level "benchmarks" too (pysbd does).
    checkout = Path.cwd()
    if (checkout / "benchmarks" / "__main__.py").is_file() and str(checkout) not in sys.path:
        sys.path.insert(0, str(checkout))
    try:
        main = importlib.import_module("benchmarks.__main__").main
    except (ImportError, AttributeError):
        print(f"{PROG} bench: the benchmarks package is not available; run it from a streamguard checkout "
              "(the folder that holds benchmarks/), e.g. 'python -m benchmarks --quick'", file=sys.stderr)
        return 1
    return int(main(argv) or 0)


COMMANDS: dict[str, Callable[[argparse.Namespace, Mapping[str, str]], int]] = {
    "serve": cmd_serve, "replay": cmd_replay, "demo": cmd_demo,
}


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # scan and bench own their arguments (and their --help): hand everything after the name over
    if args_list and args_list[0] == "scan":
        return _delegate_scan(args_list[1:])
    if args_list and args_list[0] == "bench":
        return _delegate_bench(args_list[1:])
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
        if args.command is None:
            parser.error("choose a command: serve, replay, demo, scan or bench")
    except SystemExit as exc:  # --help, --version and usage errors: return the status instead of raising
        return exc.code if isinstance(exc.code, int) else 2
    from .classifier import ClassifierError

    try:
        return COMMANDS[args.command](args, os.environ)
    except UsageError as exc:
        print(f"{PROG} {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except ClassifierError as exc:  # a missing or corrupt model fails at startup, on one line
        print(f"{PROG} {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
