"""The built-in replaying upstream: scenario files, choice of scenario, and the stream an SDK reads."""
from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import openai
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loopback import serve
from streamguard.replay import (Scenario, ScenarioError, ScenarioPicker, create_replay_app, default_scenarios_dir,
                                load_scenarios, tokenize)

REPO = Path(__file__).resolve().parents[1]


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_tokens_join_back_to_the_text(text: str) -> None:
    assert "".join(tokenize(text)) == text


def test_tokens_are_word_ish() -> None:
    assert tokenize("Yes, it's 8,849 m.\n\nOK") == ["Yes", ",", " it", "'", "s", " 8", ",", "849", " m", ".", "\n\nOK"]


def test_shipped_scenarios_cover_the_demo_cases() -> None:
    scenarios = load_scenarios()
    names = [s.name for s in scenarios]
    assert len(scenarios) >= 8 and len(set(names)) == len(names)
    assert any(n.startswith("reversal-near") for n in names) and any(n.startswith("reversal-far") for n in names)
    assert sum(n.startswith("consistent") for n in names) >= 2
    assert any("```" in s.answer and "\n1. " in s.answer for s in scenarios)
    assert any("<script>" in s.answer for s in scenarios)
    for s in scenarios:
        assert s.prompt and s.answer and s.description


def test_demo_folder_holds_the_shipped_scenarios() -> None:
    shipped = sorted(p.name for p in default_scenarios_dir().glob("*.json"))
    assert sorted(p.name for p in (REPO / "demo" / "scenarios").glob("*.json")) == shipped


def test_bad_scenario_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="does not exist"):
        load_scenarios(tmp_path / "missing")
    with pytest.raises(ScenarioError, match="no \\*.json"):
        load_scenarios(tmp_path)
    (tmp_path / "a.json").write_text(json.dumps({"name": "a", "prompt": "p"}))
    with pytest.raises(ScenarioError, match="answer"):
        load_scenarios(tmp_path)


def test_scenario_is_chosen_by_model_prompt_name_keywords_then_hash() -> None:
    picker = ScenarioPicker(load_scenarios())
    assert picker.pick("anything", model="replay/html-script").name == "html-script"
    assert picker.pick("How tall is Mount Everest?").name == "reversal-near-number"
    assert picker.pick("please replay reversal-far-date").name == "reversal-far-date"
    assert picker.pick("what's the height of everest in metres").name == "reversal-near-number"
    first = picker.pick("zzz qqq")
    assert all(picker.pick("zzz qqq") is first for _ in range(5))


def test_replay_streams_the_answer_to_the_openai_sdk() -> None:
    scenario = Scenario(name="s", prompt="q?", answer="Fine. Thanks — and you? 🙂 ```x = 1```")
    with serve(create_replay_app([scenario], rate=2000)) as url:
        client = openai.OpenAI(base_url=url + "/v1", api_key="unused", max_retries=0)
        chunks = list(client.chat.completions.create(model="m", stream=True, messages=[{"role": "user", "content": "q?"}],
                                                     stream_options={"include_usage": True}))
        full = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "q?"}])
        models = [m.id for m in client.models.list()]
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == scenario.answer
    assert chunks[-2].choices[0].finish_reason == "stop"
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == len(tokenize(scenario.answer))
    assert full.choices[0].message.content == scenario.answer
    assert models == ["streamguard-replay", "replay/s"]


def test_replay_paces_tokens_at_the_rate() -> None:
    scenario = Scenario(name="s", prompt="q", answer=" ".join(["word"] * 20))
    with serve(create_replay_app([scenario], rate=100, jitter=0.5)) as url:
        started = time.monotonic()
        r = httpx.post(url + "/v1/chat/completions", json={"stream": True, "messages": [{"role": "user", "content": "q"}]})
        elapsed = time.monotonic() - started
    assert r.text.endswith("data: [DONE]\n\n")
    assert 20 * 0.01 * 0.5 <= elapsed < 5


def test_replay_rejects_a_bad_body_and_bad_settings() -> None:
    with serve(create_replay_app(rate=1000)) as url:
        r = httpx.post(url + "/v1/chat/completions", content=b"{not json")
    assert r.status_code == 400 and "invalid JSON" in r.json()["error"]["message"]
    with pytest.raises(ValueError, match="rate=0"):
        create_replay_app(rate=0)
    with pytest.raises(ValueError, match="jitter=1.5"):
        create_replay_app(jitter=1.5)
