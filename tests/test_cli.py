"""The command line: help and version, one-line usage errors with status 2, and where settings come from."""
from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import httpx
import pytest

import streamguard.cli as cli
import streamguard.proxy
from streamguard.config import Mode

SUBCOMMANDS = ("serve", "replay", "demo")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.startswith("streamguard ")


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_help_on_every_subcommand(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([command, "--help"], capsys)
    assert code == 0
    assert out.startswith(f"usage: streamguard {command}")
    assert "--host" in out and "--port" in out and "STREAMGUARD_" in out


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    for command in (*SUBCOMMANDS, "scan", "bench"):
        assert command in out


@pytest.mark.parametrize(("argv", "reason"), [
    ([], "choose a command"),
    (["serve"], "no upstream"),
    (["serve", "--upstream", "ftp://example.com"], "http:// or https://"),
    (["serve", "--upstream", "http://127.0.0.1:9/v1", "--mode", "loud"], "invalid choice: 'loud'"),
    (["serve", "--upstream", "http://127.0.0.1:9/v1", "--budget-ms", "-5"], "hold_budget_ms=-5 is not allowed"),
    (["serve", "--upstream", "http://127.0.0.1:9/v1", "--threshold", "1.5"], "threshold=1.5 is not allowed"),
    (["serve", "--upstream", "http://127.0.0.1:9/v1", "--correction-threshold", "0"], "correction_threshold=0.0 is not allowed"),
    (["serve", "--upstream", "http://127.0.0.1:9/v1", "--port", "70000"], "--port"),
    (["serve", "--upstream", "http://127.0.0.1:9/v1", "--read-timeout", "0"], "--read-timeout"),
    (["replay", "--rate", "fast"], "--rate"),
    (["demo", "--nonsense"], "unrecognized arguments"),
])
def test_bad_usage_exits_2_with_one_line(argv: list[str], reason: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(argv, capsys)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert reason in err


def test_bad_environment_value_exits_2(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("STREAMGUARD_BUDGET_MS", "soon")
    code, _, err = run(["serve", "--upstream", "http://127.0.0.1:9/v1"], capsys)
    assert code == 2 and "STREAMGUARD_BUDGET_MS='soon' is not allowed" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize(("content", "reason"), [
    ("mode = 'hold'", "unknown setting(s) ['mode']"),
    ("[guard]\nmood = 'hold'", "unknown guard setting(s) ['mood']"),
    ("[guard]\non_deadline = 'panic'", "on_deadline='panic' is not allowed"),
    ("port = ", "not valid TOML"),
])
def test_bad_config_file_exits_2(tmp_path: Path, content: str, reason: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "guard.toml"
    path.write_text(content)
    code, _, err = run(["serve", "--upstream", "http://127.0.0.1:9/v1", "--config", str(path)], capsys)
    assert code == 2 and reason in err and len(err.strip().splitlines()) == 1


def test_missing_config_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["serve", "--config", str(tmp_path / "nope.toml")], capsys)
    assert code == 2 and "cannot read config file" in err


@pytest.fixture
def captured_serve(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Run ``serve`` up to the point where it would start the server; record what it built."""
    seen: dict[str, Any] = {}

    def fake_create(upstream: str, **kwargs: Any) -> object:
        seen.update(kwargs, upstream=upstream)
        return object()

    def fake_run(app: object, sock: Any, log_level: str) -> int:
        seen["bound"] = sock.getsockname()
        seen["log_level"] = log_level
        sock.close()
        return 0

    monkeypatch.setattr(streamguard.proxy, "create_proxy_app", fake_create)
    monkeypatch.setattr(cli, "run_server", fake_run)
    monkeypatch.setattr(cli, "configure_logging", lambda *a: None)
    for name in [k for k in os.environ if k.startswith("STREAMGUARD_")]:
        monkeypatch.delenv(name)
    return seen


def test_flags_win_over_environment_over_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              captured_serve: dict[str, Any]) -> None:
    path = tmp_path / "guard.toml"
    path.write_text("upstream = 'http://file:1/v1'\nport = 0\nread_timeout = 9\n"
                    "[guard]\nmode = 'hold'\nhold_budget_ms = 900\non_deadline = 'withhold'\n")
    assert cli.main(["serve", "--config", str(path)]) == 0
    config = captured_serve["config"]
    assert (config.mode, config.hold_budget_ms, config.on_deadline.value) == (Mode.HOLD, 900, "withhold")
    assert captured_serve["upstream"] == "http://file:1/v1" and captured_serve["read_timeout"] == 9

    monkeypatch.setenv("STREAMGUARD_MODE", "observe")
    monkeypatch.setenv("STREAMGUARD_UPSTREAM", "http://env:2/v1")
    assert cli.main(["serve", "--config", str(path)]) == 0
    assert captured_serve["config"].mode is Mode.OBSERVE and captured_serve["upstream"] == "http://env:2/v1"
    assert captured_serve["config"].hold_budget_ms == 900

    assert cli.main(["serve", "--config", str(path), "--mode", "annotate", "--budget-ms", "300",
                     "--upstream", "http://flag:3"]) == 0
    config = captured_serve["config"]
    assert (config.mode, config.hold_budget_ms) == (Mode.ANNOTATE, 300)
    assert captured_serve["upstream"] == "http://flag:3/v1"


def test_serve_binds_loopback_by_default(captured_serve: dict[str, Any]) -> None:
    assert cli.main(["serve", "--upstream", "http://127.0.0.1:9/v1", "--port", "0"]) == 0
    assert captured_serve["bound"][0] == "127.0.0.1"
    assert captured_serve["config"].mode is Mode.ANNOTATE


def test_scan_is_delegated_with_its_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    fake = types.ModuleType("streamguard.scan")
    fake.main = lambda argv: calls.append(argv) or 3  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "streamguard.scan", fake)
    assert cli.main(["scan", "in.jsonl", "-o", "out.jsonl", "--help"]) == 3
    assert calls == [["in.jsonl", "-o", "out.jsonl", "--help"]]


def test_bench_without_the_benchmarks_package_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "benchmarks", None)
    monkeypatch.setitem(sys.modules, "benchmarks.__main__", None)
    code, _, err = run(["bench", "--quick"], capsys)
    assert code == 1 and "benchmarks package is not available" in err


def test_installed_script_answers_version() -> None:
    exe = Path(sys.executable).with_name("streamguard")
    if not exe.exists():
        pytest.skip("the streamguard console script is not installed in this environment")
    done = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("streamguard ")


def test_replay_command_serves_scenarios(tmp_path: Path) -> None:
    """`streamguard replay` as a user runs it: a process on a loopback port, read over HTTP."""
    from loopback import free_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "streamguard.cli", "replay", "--port", str(port), "--rate", "1000"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for _ in range(200):
            try:
                models = httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=1)
                break
            except httpx.HTTPError:
                if proc.poll() is not None:
                    break
                import time
                time.sleep(0.05)
        else:
            pytest.fail("replay never answered")
        assert models.status_code == 200
        assert "replay/html-script" in [m["id"] for m in models.json()["data"]]
    finally:
        proc.terminate()
        out = proc.communicate(timeout=10)[0]
    assert f"http://127.0.0.1:{port}/v1" in out


def test_missing_model_fails_at_startup_on_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    # the real create_proxy_app: it loads the classifier before anything is served
    monkeypatch.setattr(cli, "run_server", lambda *a: pytest.fail("served without a model"))
    monkeypatch.setattr(cli, "configure_logging", lambda *a: None)
    for name in [k for k in os.environ if k.startswith("STREAMGUARD_")]:
        monkeypatch.delenv(name)
    code, _, err = run(["serve", "--upstream", "http://127.0.0.1:9/v1", "--model", str(tmp_path / "no-model")], capsys)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "no-model" in err and "does not exist" in err


def test_demo_starts_replay_guard_and_ui_in_hold_mode(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                                      captured_serve: dict[str, Any]) -> None:
    import streamguard.demo

    built: dict[str, Any] = {}
    monkeypatch.setattr(streamguard.demo, "create_demo_app", lambda **kw: built.update(kw) or object())
    code, out, _ = run(["demo", "--port", "0", "--rate", "50"], capsys)
    assert code == 0
    port = captured_serve["bound"][1]
    assert out.strip() == f"streamguard demo: open http://127.0.0.1:{port}/"
    assert built["self_url"] == f"http://127.0.0.1:{port}" and built["upstream"] is None and built["rate"] == 50
    assert built["config"].mode is Mode.HOLD and len(built["scenarios"]) >= 8
    assert cli.main(["demo", "--port", "0", "--upstream", "http://127.0.0.1:11434"]) == 0
    assert built["upstream"] == "http://127.0.0.1:11434/v1"


def test_json_logs_carry_extra_fields_and_no_secrets() -> None:
    import json
    import logging

    from streamguard.proxy import RedactingFilter

    record = logging.LogRecord("streamguard.proxy", logging.WARNING, __file__, 1, "upstream said %s", ("Bearer sk-abc123456",),
                               None)
    record.status = 502
    assert RedactingFilter().filter(record)
    line = json.loads(cli.JsonFormatter().format(record))
    assert line["message"] == "upstream said Bearer [redacted]"
    assert line["status"] == 502 and line["level"] == "WARNING" and line["logger"] == "streamguard.proxy"


def test_bench_runs_the_checkouts_benchmarks_with_its_arguments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "benchmarks").mkdir()
    (tmp_path / "benchmarks" / "__init__.py").write_text("")
    (tmp_path / "benchmarks" / "__main__.py").write_text("def main(argv):\n    return 7 if argv == ['--quick'] else 1\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))
    for name in ("benchmarks", "benchmarks.__main__"):   # whatever was imported before comes back afterwards
        monkeypatch.setitem(sys.modules, name, None)
        monkeypatch.delitem(sys.modules, name)
    assert cli.main(["bench", "--quick"]) == 7
