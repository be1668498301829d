"""GuardMiddleware through the ASGI interface: passthrough, annotate, hold, formats, faults."""
from __future__ import annotations

import glob
import json
import logging
import os
import random
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from asgi import drive, guard, sse_app
from doubles import FailingClassifier, StallingClassifier
from openai_streams import ANSWERS, build, cut, guard_records, joined, payloads
from streamguard import ConfigError, GuardConfig
from streamguard.metrics import GuardMetrics

pytestmark = pytest.mark.anyio
REAL_STREAMS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "real_streams")
CLAIM = "Yes, ibuprofen is safe to take at any stage of pregnancy."
REV = " Actually, on reflection, no: ibuprofen is not safe in the third trimester of pregnancy."
ANSWER = CLAIM + " It is one of the most common pain relievers. Many people keep it at home." + REV + " Ask your doctor."




def word_stream(text: str) -> list[bytes]:
    base = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    frames = [f"data: {json.dumps({**base, 'choices': [{'index': 0, 'delta': {'role': 'assistant', 'content': ''}}]})}\n\n".encode()]
    for k, w in enumerate(text.split(" ")):
        piece = w if k == 0 else " " + w
        frames.append(f"data: {json.dumps({**base, 'choices': [{'index': 0, 'delta': {'content': piece}}]})}\n\n".encode())
    frames.append(f"data: {json.dumps({**base, 'choices': [{'index': 0, 'delta': {}, 'finish_reason': 'stop'}]})}\n\n".encode())
    frames.append(b"data: [DONE]\n\n")
    return frames


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=2**32 - 1), st.sampled_from(ANSWERS), st.booleans())
async def test_observe_is_byte_identical_and_annotate_keeps_content_for_any_cut(seed, answer, reasoning):
    rng = random.Random(seed)
    data = build(answer, rng, reasoning=reasoning)
    chunks = cut(data, rng, most=rng.choice([3, 40, 300]))
    observed = await drive(guard(sse_app(chunks), mode="observe"))
    assert observed.body == data
    annotated = await drive(guard(sse_app(chunks), mode="annotate"))
    assert joined(annotated.body) == answer
    assert joined(annotated.body, "reasoning_content") == joined(data, "reasoning_content")
    datas = payloads(annotated.body)
    assert datas[-1] == "[DONE]" and any('"usage"' in d for d in datas)


async def test_annotate_marks_reversed_claim_before_done():
    rec = await drive(guard(sse_app(word_stream(ANSWER)), mode="annotate"))
    records = guard_records(rec.body)
    assert [r["event"] for r in records] == ["annotation"]
    assert records[0]["segment"]["text"].strip() == CLAIM
    assert records[0]["reversed_by"]["text"].strip() == REV.strip()
    assert payloads(rec.body)[-1] == "[DONE]"
    assert joined(rec.body) == ANSWER


async def test_hold_withholds_claim_and_accounts_for_every_character():
    rec = await drive(guard(sse_app(word_stream(ANSWER), delay=0.005), mode="hold", hold_budget_ms=2000))
    records = guard_records(rec.body)
    withheld = [r for r in records if r["event"] == "withheld"]
    assert len(withheld) == 1 and withheld[0]["segment"]["text"].strip() == CLAIM and withheld[0]["reason"] == "reversed"
    content = joined(rec.body)
    assert CLAIM not in content and REV.strip() in content
    # content + withheld text, put back in place, is the upstream text
    seg = withheld[0]["segment"]
    rebuilt = ANSWER[:seg["start"]] + seg["text"] + ANSWER[seg["end"]:]
    assert content == ANSWER[:seg["start"]] + ANSWER[seg["end"]:]
    assert rebuilt == ANSWER
    assert payloads(rec.body)[-1] == "[DONE]"


async def test_hold_keeps_finish_reason_and_done_after_content():
    rec = await drive(guard(sse_app(word_stream("One fact. Two facts.")), mode="hold", hold_budget_ms=100))
    datas = payloads(rec.body)
    finish = next(i for i, d in enumerate(datas) if '"finish_reason": "stop"' in d)
    last_content = max(i for i, d in enumerate(datas) if '"content"' in d and '"content": ""' not in d)
    assert last_content < finish and datas[-1] == "[DONE]"


async def test_named_event_format_for_uis():
    rec = await drive(guard(sse_app(word_stream(ANSWER)), mode="hold", hold_budget_ms=2000),
                      headers=[(b"x-streamguard-format", b"events")])
    body = rec.body.decode()
    assert "event: held" in body and "event: withheld" in body and "event: segment" in body
    assert body.rstrip().endswith("data: {}") and "event: done" in body


async def test_non_streaming_json_and_other_paths_pass_untouched():
    async def app(scope, receive, send):
        await receive()
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", b"11")]})
        await send({"type": "http.response.body", "body": b'{"a": "b."}'})
    rec = await drive(guard(app, mode="hold"))
    assert rec.body == b'{"a": "b."}' and (b"content-length", b"11") in rec.start["headers"]
    rec = await drive(guard(sse_app(word_stream(ANSWER)), mode="hold"), path="/other")
    assert b"".join(word_stream(ANSWER)) + b"" == rec.body


async def test_lifespan_and_websocket_scopes_pass_through():
    seen = []

    async def app(scope, receive, send):
        seen.append(scope["type"])
    mw = guard(app)
    await mw({"type": "lifespan"}, None, None)
    await mw({"type": "websocket", "path": "/v1/chat/completions"}, None, None)
    assert seen == ["lifespan", "websocket"]


async def test_text_plain_stream_is_guarded():
    chunks = [w.encode() for w in ["Yes, ibuprofen is safe in pregnancy. ", "Actually, no: ibuprofen is not safe in pregnancy."]]
    rec = await drive(guard(sse_app(chunks, content_type=b"text/plain; charset=utf-8"), mode="hold", hold_budget_ms=2000))
    text = rec.body.decode()
    assert text.startswith("⟦withheld: Yes, ibuprofen is safe in pregnancy. ⟧") and text.endswith("not safe in pregnancy.")


async def test_malformed_json_line_passes_through_with_a_log_line(caplog):
    frames = word_stream("One. Two.")
    frames.insert(2, b"data: {not json\n\n")
    with caplog.at_level(logging.WARNING, logger="streamguard"):
        rec = await drive(guard(sse_app(frames), mode="annotate"))
    assert b"data: {not json\n\n" in rec.body and joined(b"".join(f for f in frames if b"not json" not in f)) == "One. Two."
    assert any("not a JSON object" in r.getMessage() for r in caplog.records)


LIVE_KEY = "sk-live-abcdef1234567890abcdef"
BEARER = "Bearer eyJabc.def.ghi"


async def test_middleware_log_lines_are_redacted_without_the_cli_filter(caplog):
    """An application embedding the middleware, no RedactingFilter on any handler: the middleware's own
    lines that quote upstream data or exception text mask secrets themselves."""
    from streamguard.redact import RedactingFilter

    assert not any(isinstance(f, RedactingFilter) for h in [*logging.getLogger().handlers, caplog.handler]
                   for f in h.filters)
    inside = word_stream("One. Two.")
    inside.insert(2, f"data: {LIVE_KEY} {BEARER} {{not json\n\n".encode())  # both secrets in the first 60 chars
    straddling = word_stream("One. Two.")
    straddling.insert(2, f"data: {'x' * 50} {BEARER} {{not json\n\n".encode())  # the token cut at 60 chars

    async def failing(scope, receive, send):
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/event-stream")]})
        for frame in word_stream("One. Two.")[:3]:
            await send({"type": "http.response.body", "body": frame, "more_body": True})
        raise ConnectionError(f"upstream said: Authorization: {BEARER} key {LIVE_KEY}")

    with caplog.at_level(logging.INFO, logger="streamguard"):
        for frames in (inside, straddling):
            rec = await drive(guard(sse_app(frames), mode="annotate"))
            assert frames[2] in rec.body  # the stream itself is not the log: the line passes through unchanged
        rec = await drive(guard(failing, mode="annotate"))
    warnings = [r.getMessage() for r in caplog.records if "not a JSON object" in r.getMessage()]
    assert len(warnings) == 2 and all(r.levelno == logging.WARNING for r in caplog.records if "not a JSON" in r.getMessage())
    assert "sk-[redacted]" in warnings[0] and "Bearer [redacted]" in warnings[0]
    failed = [r.getMessage() for r in caplog.records if "failed mid-stream" in r.getMessage()]
    assert len(failed) == 1 and "Authorization: [redacted]" in failed[0] and "sk-[redacted]" in failed[0]
    for secret in ("abcdef1234567890", "eyJabc", "def.ghi"):
        assert secret not in caplog.text
        assert not [r for r in caplog.records if secret in r.getMessage()]
    # the error record the client gets quotes the exception too: masked the same way
    errors = [r["message"] for r in guard_records(rec.body) if r["event"] == "error"]
    assert errors and "eyJabc" not in errors[0] and "abcdef1234567890" not in errors[0]


async def test_invalid_utf8_and_stop_mid_frame_never_crash():
    frames = word_stream("Fine text here. More text.")
    frames.insert(2, b"data: \xff\xfe broken\n\n")
    frames[-1] = b'data: {"choices": [{"index": 0, "delta": {"content": " tail'  # upstream stops mid-frame
    for mode in ("observe", "annotate", "hold"):
        rec = await drive(guard(sse_app(frames), mode=mode, hold_budget_ms=50))
        assert b"\xff\xfe broken" in rec.body
        if mode == "observe":
            assert rec.body == b"".join(frames)
        else:
            # the half frame is not glued to what follows: every event still parses, and the error says why
            assert joined(rec.body) == "Fine text here. More text."
            assert any("closed inside an event" in r["message"] for r in guard_records(rec.body) if r["event"] == "error")


async def test_one_megabyte_without_punctuation_is_forced_through():
    big = "word " * 200_000
    base = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    frames = [f"data: {json.dumps({**base, 'choices': [{'index': 0, 'delta': {'content': big[i:i + 4096]}}]})}\n\n".encode()
              for i in range(0, len(big), 4096)] + [b"data: [DONE]\n\n"]
    rec = await drive(guard(sse_app(frames), mode="hold", hold_budget_ms=100, max_buffer_chars=20_000))
    assert joined(rec.body) == big


async def test_classifier_failure_is_reported_and_follows_deadline_policy():
    metrics = GuardMetrics()
    rec = await drive(guard(sse_app(word_stream(ANSWER)), metrics=metrics, classifier=FailingClassifier(),
                            mode="hold", hold_budget_ms=200, on_deadline="withhold"))
    events = [r["event"] for r in guard_records(rec.body)]
    assert "error" in events and "withheld" in events
    assert metrics.errors.labels(kind="classifier")._value.get() >= 1


async def test_classifier_error_record_in_the_stream_carries_no_secret():
    secret = "sk-live-abcdef1234567890abcdef"
    failing = FailingClassifier(f"remote scorer at https://user:pw@scorer.internal refused key {secret}")
    rec = await drive(guard(sse_app(word_stream(ANSWER)), classifier=failing, mode="hold", hold_budget_ms=200))
    errors = [r for r in guard_records(rec.body) if r["event"] == "error"]
    assert errors and "refused key" in json.dumps(errors)
    assert secret not in rec.body.decode() and "user:pw" not in rec.body.decode()


async def test_stalled_classifier_misses_deadline_and_stream_still_ends():
    metrics = GuardMetrics()
    rec = await drive(guard(sse_app(word_stream(ANSWER)), metrics=metrics, classifier=StallingClassifier(0.4),
                            mode="hold", hold_budget_ms=100, on_deadline="release"))
    assert joined(rec.body) == ANSWER
    assert "deadline" in [r["event"] for r in guard_records(rec.body)]
    assert metrics.deadline_misses._value.get() >= 1 and metrics.fail_open._value.get() >= 1


async def test_upstream_failure_mid_stream_ends_cleanly():
    rec = await drive(guard(sse_app(word_stream(ANSWER), fail_after=8), mode="hold", hold_budget_ms=500))
    assert any(r["event"] == "error" for r in guard_records(rec.body))
    last = rec.messages[-1][1]
    assert last["type"] == "http.response.body" and not last.get("more_body")


async def test_several_choices_are_guarded_each_on_its_own():
    rng = random.Random(5)
    data = build(ANSWER, rng, reasoning=False, choices=2)
    rec = await drive(guard(sse_app(cut(data, rng)), mode="hold", hold_budget_ms=3000))
    withheld = [r for r in guard_records(rec.body) if r["event"] == "withheld"]
    assert sorted(r["choice"] for r in withheld) == [0, 1]
    for i in (0, 1):
        assert CLAIM not in joined(rec.body, choice=i) and REV.strip() in joined(rec.body, choice=i)


def test_bad_configuration_fails_at_construction_with_one_line():
    for bad in ({"mode": "block"}, {"hold_budget_ms": -1}, {"threshold": 1.5}, {"on_deadline": "drop"}, {"paths": "/v1"}):
        with pytest.raises(ConfigError) as err:
            GuardConfig(**bad)
        assert "\n" not in str(err.value) and "allowed" in str(err.value)


@pytest.mark.skipif(not os.path.isdir(REAL_STREAMS), reason="../shared/eval/real_streams not present")
async def test_real_provider_streams_pass_intact_cut_anywhere():
    rng = random.Random(1)
    for k, path in enumerate(sorted(glob.glob(os.path.join(REAL_STREAMS, "*.sse")))):
        data = Path(path).read_bytes()
        # every file cut at random points; the small ones also one byte at a time
        for most in ((1, 200) if len(data) < 12_000 and k % 3 == 0 else (200,)):
            chunks = cut(data, rng, most=most) if most > 1 else [data[i:i + 1] for i in range(len(data))]
            observed = await drive(guard(sse_app(chunks), mode="observe"))
            assert observed.body == data, path
            annotated = await drive(guard(sse_app(chunks), mode="annotate"))
            # every upstream event survives whole and in order; only guard frames are added
            assert _without_guard_frames(annotated.body) == data.replace(b"\r\n", b"\n") or \
                _without_guard_frames(annotated.body) == data, path


def _without_guard_frames(body: bytes) -> bytes:
    from streamguard.codecs import SSEDecoder
    dec = SSEDecoder()
    events = dec.feed(body) + dec.flush()
    return b"".join(e.raw for e in events if not (e.data and '"streamguard"' in e.data and '"delta": {}' not in e.data and e.data.startswith('{"') and '"streamguard":' in e.data))


async def test_normal_end_of_exchange_is_not_counted_as_a_client_disconnect():
    metrics = GuardMetrics()
    for _ in range(2):
        await drive(guard(sse_app(word_stream("One fact. Another fact.")), metrics=metrics, mode="annotate"))
    assert metrics.errors.labels(kind="disconnect")._value.get() == 0
