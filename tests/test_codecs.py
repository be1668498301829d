"""Wire-format codecs: SSE framing, OpenAI chunks, streamed text, UI events.

The SSE decoder's two promises are checked on the 60 recorded provider streams and on generated input:
the raw bytes always come back exactly, and the parsed events do not depend on where the bytes were cut.
"""
from __future__ import annotations

import json
import os
import random
import re
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from streamguard.codecs import (
    SSEDecoder,
    SSEEvent,
    TextDecoder,
    UIEventKind,
    content_chunk,
    content_deltas,
    decode_ui_event,
    dumps,
    encode_comment,
    encode_event,
    encode_ui_event,
    guard_chunk,
    parse_chunk,
    strip_content,
)

_ROOT = Path(__file__).resolve().parents[1]
# The shared data sits next to the checkout (../shared) or, on some machines, inside it.
REAL_STREAMS = next((p for p in (_ROOT.parent / "shared" / "eval" / "real_streams",
                                 _ROOT / "shared" / "eval" / "real_streams") if p.is_dir()),
                    _ROOT.parent / "shared" / "eval" / "real_streams")
REAL_FILES = sorted(REAL_STREAMS.glob("*.sse"))
PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
QUICK_PROPERTY = settings(PROPERTY, max_examples=50)


def decode(chunks: list[bytes], **kwargs: Any) -> list[SSEEvent]:
    decoder = SSEDecoder(**kwargs)
    events = []
    for chunk in chunks:
        events += decoder.feed(chunk)
    events += decoder.flush()
    assert decoder.buffered == 0
    return events


def split_at(data: bytes, cuts: list[int]) -> list[bytes]:
    bounds = [0, *sorted(set(cuts)), len(data)]
    return [data[a:b] for a, b in zip(bounds, bounds[1:])]


def reference(data: bytes) -> list[tuple[str | None, str | None, str | None]]:
    """The WHATWG algorithm on the whole input at once: (data, event, id) per blank-line-ended event."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines = re.split(rb"\r\n|\r|\n", data)[:-1]  # the last piece is an unterminated line
    out, fields = [], {}  # type: ignore[var-annotated]
    for line in lines:
        if not line:
            out.append((fields.get("data"), fields.get("event"), fields.get("id")))
            fields = {}
            continue
        if line.startswith(b":"):
            continue
        name, _, value = line.partition(b":")
        if value.startswith(b" "):
            value = value[1:]
        text = value.decode("utf-8", "replace")
        if name == b"data":
            fields["data"] = text if "data" not in fields else fields["data"] + "\n" + text
        elif name == b"event" or (name == b"id" and "\0" not in text):
            fields[name.decode()] = text
    return out


def parsed(events: list[SSEEvent]) -> list[tuple[str | None, str | None, str | None]]:
    return [f for e in events if e.complete and (f := (e.data, e.event, e.id)) != (None, None, None)]


def parsed_reference(data: bytes) -> list[tuple[str | None, str | None, str | None]]:
    return [f for f in reference(data) if f != (None, None, None)]


# --- the recorded provider streams -------------------------------------------------------------------

def _index() -> dict[str, list[str]]:
    path = REAL_STREAMS / "index.jsonl"
    if not path.exists():
        return {}
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return {row["file"]: row["quirks"] for row in rows}


QUIRKS = _index()
needs_real = pytest.mark.skipif(not REAL_FILES, reason=f"no recorded streams in {REAL_STREAMS}")


@needs_real
def test_all_sixty_real_streams_are_present() -> None:
    assert len(REAL_FILES) == 60, f"expected 60 recorded streams in {REAL_STREAMS}, found {len(REAL_FILES)}"


@needs_real
@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name[:3])
def test_real_stream_decodes_with_its_recorded_quirks(path: Path) -> None:
    data = path.read_bytes()
    events = decode([data])
    assert b"".join(e.raw for e in events) == data
    assert all(e.complete and not e.oversized for e in events)  # every recording ends with a blank line
    assert parsed(events) == parsed_reference(data)
    for e in events:
        if e.data is not None and not e.is_done:
            assert parse_chunk(e.data) is not None, e.data[:200]
    quirks = set(QUIRKS.get(path.name, []))
    assert (b"\r\n" in data) == ("crlf" in quirks)
    assert (not any(e.is_done for e in events)) == ("no_done" in quirks)
    assert any(e.event is not None for e in events) == ("event_lines" in quirks)
    if "error_event" in quirks:
        last = events[-1]
        assert last.event == "error" and "error" in (parse_chunk(last.data or "") or {})
    assert any(e.other_fields for e in events) == ("error_sse_field" in quirks)
    comments = any(e.comment_only and e.raw.strip() for e in events)
    assert comments == bool({"comment:openrouter_processing", "comment:ping_keepalive"} & quirks)
    if "error_sse_field" in quirks:
        (name, value), = [f for e in events for f in e.other_fields]
        assert name == "error" and json.loads(value)["error"]


def _interesting_cuts(raw: bytes) -> list[int]:
    """Cut positions in an event where the decoder's state differs: around every line end (the
    blank-line test, CR|LF, the ``data:`` prefix of the next line) and inside every multi-byte character.
    Elsewhere a cut falls inside the body of a line, where the decoder only resumes its search."""
    cuts = set(range(1, min(len(raw), 9)))
    for m in re.finditer(rb"[\r\n]+", raw):
        cuts.update(range(max(m.start() - 1, 1), min(m.end() + 8, len(raw) + 1)))
    cuts.update(m.start() for m in re.finditer(rb"[\x80-\xbf]", raw))
    return sorted(cuts)


def _cut_events_in_two(events: list[SSEEvent], every_byte: bool, sample: int | None = None) -> None:
    # Cutting the whole file at byte k only matters to the event holding k and the next one: after a
    # blank line the decoder is back in its initial state (no recording starts with a BOM). So each cut
    # is checked on that two-event window, which keeps the check linear in the file size.
    chosen = range(len(events))
    if sample is not None and len(events) > sample:
        # The first and last events, every event that is not a plain data line, and a fixed sample.
        odd = [i for i, e in enumerate(events) if e.data is None or e.event is not None or e.raw.count(b"data:") != 1]
        rest = random.Random(len(events)).sample(range(len(events)), sample)
        chosen = sorted({*range(5), *range(len(events) - 5, len(events)), *odd, *rest})
    for i in chosen:
        event = events[i]
        window = event.raw + (events[i + 1].raw if i + 1 < len(events) else b"")
        expected = decode([window])
        for k in range(1, len(event.raw) + 1) if every_byte else _interesting_cuts(event.raw):
            assert decode([window[:k], window[k:]]) == expected, f"event {i} cut {k} bytes in"


@needs_real
@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name[:3])
def test_real_stream_cut_in_two_reassembles_and_parses_the_same(path: Path) -> None:
    data = path.read_bytes()
    events = decode([data])
    assert decode([data[:1], data[1:]]) == decode([data[:-1], data[-1:]]) == events
    _cut_events_in_two(events, every_byte=len(data) <= 4096, sample=40)


@needs_real
@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name[:3])
def test_real_stream_random_multi_cuts_parse_the_same(path: Path) -> None:
    recorded = path.read_bytes()
    rng = random.Random(path.name)
    # Tiny reads take time per read: the first 16 kB of each file get them, the whole file gets large ones.
    for limit, largest in ((16_384, 7), (len(recorded), 4096)):
        data = recorded[:limit]
        whole = decode([data])
        cuts, i = [], 0
        while i < len(data):
            i += rng.randint(1, largest)
            cuts.append(i)
        assert decode(split_at(data, cuts)) == whole


@pytest.mark.skipif(os.environ.get("STREAMGUARD_EXHAUSTIVE") != "1", reason="set STREAMGUARD_EXHAUSTIVE=1 (~2 min)")
@needs_real
def test_real_streams_cut_in_two_at_every_byte() -> None:
    for path in REAL_FILES:
        _cut_events_in_two(decode([path.read_bytes()]), every_byte=True)


# --- generated SSE: arbitrary cuts, line ends, encodings ---------------------------------------------

_LINE_ENDS = st.sampled_from([b"\n", b"\r\n", b"\r"])
_TEXT = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n"), max_size=12)
_VALUE = st.one_of(_TEXT.map(lambda t: t.encode()), st.binary(max_size=6).filter(lambda b: b"\r" not in b and b"\n" not in b))
_LINE = st.one_of(
    st.tuples(st.sampled_from([b"data:", b"data: ", b"event:", b"event: ", b"id: ", b"retry: ", b": ", b":",
                               b"error: ", b"data"]), _VALUE).map(b"".join),
    st.just(b"data: [DONE]"),
    st.just(b": ping - 2026-06-08 18:49:47"),
)
_EVENT = st.tuples(st.lists(st.tuples(_LINE, _LINE_ENDS), max_size=4), _LINE_ENDS).map(
    lambda ev: b"".join(line + end for line, end in ev[0]) + ev[1])
_STREAM = st.tuples(st.booleans(), st.lists(_EVENT, max_size=6), st.binary(max_size=8)).map(
    lambda s: (b"\xef\xbb\xbf" if s[0] else b"") + b"".join(s[1]) + s[2])


@st.composite
def stream_and_cuts(draw: st.DrawFn, streams: st.SearchStrategy[bytes] = _STREAM) -> tuple[bytes, list[int]]:
    data = draw(streams)
    cuts = draw(st.lists(st.integers(0, len(data)), max_size=12)) if data else []
    return data, cuts


@PROPERTY
@given(stream_and_cuts())
def test_sse_stream_split_anywhere_decodes_like_the_whole(case: tuple[bytes, list[int]]) -> None:
    data, cuts = case
    whole = decode([data])
    assert b"".join(e.raw for e in whole) == data
    assert decode(split_at(data, cuts)) == whole
    assert parsed(whole) == parsed_reference(data)


_NOISE = st.lists(st.sampled_from([b"\r", b"\n", b"\r\n", b"data:", b"data: x", b" ", b":", b"event:e", b"\xc3",
                                   b"\xa9", b"\xf0\x9f\x98\x80", b"\xff", b"\xef\xbb\xbf", b"id:1\x00"]),
                   max_size=40).map(b"".join)


@PROPERTY
@given(stream_and_cuts(st.one_of(_NOISE, st.binary(max_size=64))))
def test_sse_arbitrary_bytes_split_anywhere_decode_like_the_whole(case: tuple[bytes, list[int]]) -> None:
    data, cuts = case
    whole = decode([data])
    assert b"".join(e.raw for e in whole) == data
    assert decode(split_at(data, cuts)) == whole
    assert decode([bytes([b]) for b in data]) == whole


def _merge_oversized(events: list[SSEEvent]) -> list[SSEEvent]:
    out: list[SSEEvent] = []
    for e in events:
        if out and out[-1].oversized and not out[-1].complete and e.oversized:
            e = SSEEvent(raw=out.pop().raw + e.raw, oversized=True, complete=e.complete)
        out.append(e)
    return out


@QUICK_PROPERTY
@given(stream_and_cuts(_NOISE), st.integers(1, 12))
def test_sse_oversized_events_pass_through_whatever_the_cuts(case: tuple[bytes, list[int]], limit: int) -> None:
    data, cuts = case
    whole = decode([data], max_event_bytes=limit)
    pieces = decode(split_at(data, cuts), max_event_bytes=limit)
    assert b"".join(e.raw for e in pieces) == data
    assert _merge_oversized(pieces) == _merge_oversized(whole)
    assert all(e.oversized or len(e.raw) <= limit for e in pieces)
    assert all(e.data is None for e in pieces if e.oversized)


# --- SSE behaviour, one case at a time ---------------------------------------------------------------

def test_sse_data_lines_are_joined_and_fields_parsed() -> None:
    (e,) = decode([b"event: delta\nid: 7\nretry: 150\ndata: one\ndata:two\ndata\n\n"])
    assert (e.data, e.event, e.id, e.retry, e.comment_only, e.is_done) == ("one\ntwo\n", "delta", "7", 150, False, False)


def test_sse_comments_and_keep_alives_are_comment_only_events() -> None:
    raw = b": OPENROUTER PROCESSING\n\n: ping - 2026-06-08 18:49:47.737080\r\n\r\n\n"
    events = decode([raw])
    assert [e.raw for e in events] == [b": OPENROUTER PROCESSING\n\n", b": ping - 2026-06-08 18:49:47.737080\r\n\r\n", b"\n"]
    assert all(e.comment_only and e.data is None for e in events)


def test_sse_done_sentinel() -> None:
    events = decode([b"data: [DONE]\n\n", b"data:  [DONE] \n\n", b"data: [DONE]x\n\n"])
    assert [e.is_done for e in events] == [True, True, False]


def test_sse_crlf_split_between_cr_and_lf_is_one_line_end() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r\n\r") == []  # the last CR may still be half of a CRLF
    assert decoder.buffered == 10
    (e,) = decoder.feed(b"\ndata: b\r")
    assert e.raw == b"data: a\r\n\r\n" and e.data == "a"
    (last,) = decoder.flush()
    assert last.raw == b"data: b\r" and last.data == "b" and not last.complete


def test_sse_lone_cr_line_ends() -> None:
    events = decode([b"data: a\r\rdata: b\rdata: c\r\r"])
    assert [(e.raw, e.data) for e in events] == [(b"data: a\r\r", "a"), (b"data: b\rdata: c\r\r", "b\nc")]
    assert all(e.complete for e in events)


def test_sse_invalid_utf8_is_replaced_in_fields_and_kept_in_raw() -> None:
    raw = b"data: caf\xc3\xa9 \xff\xfe ok\n\n"
    (e,) = decode([raw[:9], raw[9:]])  # also cut inside the two-byte character
    assert e.raw == raw and e.data == "café \ufffd\ufffd ok"


def test_sse_bom_at_stream_start_is_parsed_away_but_kept_in_raw() -> None:
    events = decode([b"\xef\xbb", b"\xbfdata: x\n\n\xef\xbb\xbfdata: y\n\n"])
    assert [e.raw[:3] for e in events] == [b"\xef\xbb\xbf", b"\xef\xbb\xbf"]
    assert [e.data for e in events] == ["x", None]  # only the first BOM is a BOM; the second names a field
    assert events[1].other_fields == (("\ufeffdata", "y"),)


def test_sse_unknown_fields_and_bad_ids_are_reported_not_fatal() -> None:
    (e,) = decode([b'error: {"detail":"failed"}\nid: a\x00b\nretry: 1s\n\n'])
    assert e.other_fields == (("error", '{"detail":"failed"}'),)
    assert (e.data, e.id, e.retry, e.comment_only) == (None, None, None, False)


def test_sse_flush_returns_an_upstream_that_stopped_mid_event() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b'data: {"a":1}\n\ndata: {"choi') != []
    (tail,) = decoder.flush()
    assert (tail.raw, tail.data, tail.complete) == (b'data: {"choi', '{"choi', False)
    assert parse_chunk(tail.data or "") is None
    assert decoder.flush() == []  # the decoder is reset


def test_sse_oversized_event_is_passed_on_in_pieces_and_parsing_resumes() -> None:
    decoder = SSEDecoder(max_event_bytes=16)
    first = decoder.feed(b"data: " + b"x" * 30)
    assert [(e.oversized, e.complete, e.data) for e in first] == [(True, False, None)]
    assert decoder.buffered == 0
    rest = decoder.feed(b"y" * 10 + b"\n\ndata: ok\n\n")
    assert [(e.oversized, e.complete) for e in rest] == [(True, True), (False, True)]
    assert rest[-1].data == "ok"
    assert b"".join(e.raw for e in first + rest) == b"data: " + b"x" * 30 + b"y" * 10 + b"\n\ndata: ok\n\n"


def test_sse_event_over_the_limit_is_oversized_even_when_it_arrives_whole() -> None:
    (e,) = decode([b"data: " + b"x" * 30 + b"\n\n"], max_event_bytes=16)
    assert e.oversized and e.complete and e.data is None


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, None])
def test_sse_decoder_rejects_a_bad_limit(bad: Any) -> None:
    with pytest.raises(ValueError, match="max_event_bytes must be a positive int"):
        SSEDecoder(max_event_bytes=bad)


# CPU time, not wall time: the bounds must hold on a machine busy with other work.

def test_sse_many_one_byte_chunks_are_linear() -> None:
    data = b"".join(encode_event(json.dumps({"choices": [{"delta": {"content": f"tok{i} é"}}]})) for i in range(2500))
    data = data[:100_000]
    decoder, t0 = SSEDecoder(), time.process_time()
    events = []
    for i in range(len(data)):
        events += decoder.feed(data[i:i + 1])
    events += decoder.flush()
    assert time.process_time() - t0 < 5  # ~0.2 s; a rescan per byte would take minutes
    assert b"".join(e.raw for e in events) == data


def test_sse_ten_megabyte_line_without_newline_is_linear() -> None:
    decoder, t0 = SSEDecoder(max_event_bytes=32 * 1024 * 1024), time.process_time()
    block = b"x" * 65536
    decoder.feed(b"data: ")
    for _ in range(160):
        assert decoder.feed(block) == []
    (e,) = decoder.feed(b"\n\n")
    assert time.process_time() - t0 < 5  # ~0.1 s
    assert e.data is not None and len(e.data) == 160 * 65536


def test_sse_many_lines_in_one_chunk_are_linear() -> None:
    t0 = time.process_time()
    events = decode([b"data: x\n" * 50_000 + b"\n"])
    assert time.process_time() - t0 < 5  # ~0.1 s
    assert events[0].data is not None and events[0].data.count("\n") == 49_999


def test_encode_event_round_trips_through_the_decoder() -> None:
    raw = encode_event("line one\nline two\r\n\r", event="segment", id="s-1")
    assert raw == b"event: segment\nid: s-1\ndata: line one\ndata: line two\ndata: \ndata: \n\n"
    (e,) = decode([raw])
    assert (e.data, e.event, e.id) == ("line one\nline two\n\n", "segment", "s-1")
    assert decode([encode_event("")])[0].data == ""


def test_encode_event_rejects_line_breaks_in_names() -> None:
    with pytest.raises(ValueError, match="single line"):
        encode_event("x", event="a\nb")


def test_encode_comment_is_a_comment_only_event() -> None:
    raw = encode_comment("keep-alive\nsecond")
    assert raw == b": keep-alive\n: second\n\n"
    (e,) = decode([raw])
    assert e.comment_only and e.data is None


# --- OpenAI chunks ------------------------------------------------------------------------------------

BASE = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "m", "system_fingerprint": "fp"}


def test_parse_chunk_accepts_objects_only() -> None:
    assert parse_chunk('{"a": 1}') == {"a": 1}
    for bad in ("[1]", '"x"', "[DONE]", "{", "", "[" * 100_000):
        assert parse_chunk(bad) is None


def test_content_deltas_per_choice() -> None:
    chunk = {**BASE, "choices": [
        {"index": 1, "delta": {"content": "B"}},
        {"index": 0, "delta": {"content": ""}},
        {"index": 2, "delta": {"content": [{"type": "thinking", "thinking": []}]}},
        {"index": 3, "delta": {"reasoning_content": "hmm"}},
        {"delta": {"content": "no index"}},
    ]}
    assert content_deltas(chunk) == [(1, "B"), (4, "no index")]
    assert content_deltas({"choices": None}) == content_deltas({"error": {}}) == []


def test_strip_content_keeps_everything_but_the_text_in_order() -> None:
    chunk = {
        **BASE,
        "choices": [{
            "index": 0,
            "delta": {"role": "assistant", "content": "Yes.", "reasoning_content": "think",
                      "tool_calls": [{"index": 0, "id": "call_1", "function": {"name": "f", "arguments": "{}"}}]},
            "logprobs": {"content": [{"token": "Yes", "logprob": -0.1}]},
            "finish_reason": "stop",
        }],
        "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
        "obfuscation": "pad",
    }
    out = strip_content(chunk)
    assert out is not None and "obfuscation" not in out
    assert list(out) == ["id", "object", "created", "model", "system_fingerprint", "choices", "usage"]
    choice = out["choices"][0]
    assert list(choice) == ["index", "delta", "logprobs", "finish_reason"]
    assert choice["delta"] == {k: v for k, v in chunk["choices"][0]["delta"].items() if k != "content"}
    assert choice["logprobs"] == chunk["choices"][0]["logprobs"] and choice["finish_reason"] == "stop"
    assert out["usage"] == chunk["usage"]
    assert chunk["choices"][0]["delta"]["content"] == "Yes."  # the input is not modified


@pytest.mark.parametrize("extra", [
    {"choices": [{"index": 0, "delta": {"content": "x"}, "finish_reason": None, "logprobs": None}]},
    {"choices": [{"index": 0, "delta": {"content": "x", "role": None}}], "usage": None, "p": "abc"},
    {"choices": [{"index": 0, "delta": {"content": "x"}}, {"index": 1, "delta": {"content": "y"}}], "service_tier": "default"},
])
def test_strip_content_returns_none_when_only_text_was_carried(extra: dict[str, Any]) -> None:
    assert strip_content({**BASE, **extra}) is None


@pytest.mark.parametrize("extra", [
    {"choices": [{"index": 0, "delta": {"content": "x"}, "finish_reason": "length"}]},
    {"choices": [{"index": 0, "delta": {"content": "x", "role": "assistant"}}]},
    {"choices": [{"index": 0, "delta": {"content": "x"}}], "usage": {"total_tokens": 3}},
    {"choices": [{"index": 0, "delta": {"content": "x"}, "content_filter_results": {"hate": {"filtered": False}}}]},
    {"choices": [{"index": 0, "delta": {"content": "x"}}], "x_groq": {"id": "req_1"}},
])
def test_strip_content_keeps_a_frame_with_anything_else(extra: dict[str, Any]) -> None:
    out = strip_content({**BASE, **extra})
    assert out is not None and all("content" not in c["delta"] for c in out["choices"])


def test_strip_content_removes_copies_of_the_text() -> None:
    together = {**BASE, "choices": [{"index": 0, "text": "1", "delta": {"token_id": 16, "content": "1"}}]}
    assert strip_content(together) == {**BASE, "choices": [{"index": 0, "delta": {"token_id": 16}}]}
    perplexity_done = {**BASE, "object": "chat.completion.done", "choices": [{
        "index": 0, "message": {"role": "assistant", "content": "The whole answer."},
        "delta": {"role": "assistant", "content": ""}, "finish_reason": "stop"}]}
    out = strip_content(perplexity_done)
    assert out is not None and out["choices"][0]["message"] == {"role": "assistant"}
    assert out["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    legacy = {**BASE, "choices": [{"index": 0, "text": "completion text", "finish_reason": None}]}
    assert strip_content(legacy) == legacy  # text without a delta is the text itself, not a copy


def test_strip_content_leaves_a_frame_without_text_as_it_is() -> None:
    for chunk in (
        {**BASE, "choices": [{"index": 0, "delta": {}}]},  # xAI heartbeat
        {**BASE, "choices": [{"index": 0, "delta": {"content": ""}}], "p": "abcdef"},
        {**BASE, "choices": [], "usage": {"total_tokens": 1}},
        {"error": {"message": "Token limit reached", "code": 400}},
    ):
        assert strip_content(chunk) == chunk


@needs_real
def test_strip_content_on_every_real_chunk_loses_only_text() -> None:
    seen = 0
    for path in REAL_FILES:
        for event in decode([path.read_bytes()]):
            chunk = parse_chunk(event.data) if event.data is not None else None
            if chunk is None:
                continue
            out = strip_content(chunk)
            texts = content_deltas(chunk)
            if not texts and out is not None and out != chunk:  # only a repeated whole message was removed
                assert any(isinstance(c.get("message"), dict) for c in chunk["choices"])
                continue
            if not texts:
                assert out == chunk
                continue
            seen += 1
            if out is None:
                continue
            assert [k for k in chunk if k not in ("obfuscation", "p")] == list(out)
            for before, after in zip(chunk["choices"], out["choices"]):
                delta = {k: v for k, v in before["delta"].items()
                         if not (k == "content" and isinstance(v, str) and v)}
                assert after["delta"] == delta
                assert {k: v for k, v in before.items() if k not in ("delta", "text", "message")} == \
                    {k: v for k, v in after.items() if k not in ("delta", "message")}
    assert seen > 5000


def test_content_and_guard_chunks_copy_only_the_stream_identity() -> None:
    template = {**BASE, "service_tier": "default", "provider": "OpenAI", "usage": None, "obfuscation": "xx",
                "citations": ["https://example.org"], "x_groq": {"id": "r"}, "choices": [{"index": 0, "delta": {}}]}
    identity = {**BASE, "service_tier": "default", "provider": "OpenAI"}
    assert content_chunk(template, 1, "hé") == {
        **identity, "choices": [{"index": 1, "delta": {"content": "hé"}, "finish_reason": None}]}
    assert guard_chunk(template, 0, {"withheld": 1}) == {
        **identity, "choices": [{"index": 0, "delta": {}, "finish_reason": None}], "streamguard": {"withheld": 1}}


def test_openai_sdk_parses_guard_and_content_chunks() -> None:
    from openai.types.chat import ChatCompletionChunk

    record = {"type": "withheld", "segment_id": 3, "start": 0, "end": 4, "text": "Yes.", "score": 0.97}
    frame = json.loads(dumps(guard_chunk(BASE, 0, record)))
    chunk = ChatCompletionChunk.model_validate(frame)
    assert chunk.choices[0].delta.content is None  # the usual client loop survives the frame
    assert chunk.model_extra is not None and chunk.model_extra["streamguard"] == record
    text = ChatCompletionChunk.model_validate(json.loads(dumps(content_chunk(BASE, 0, "Canberra ☕"))))
    assert text.choices[0].delta.content == "Canberra ☕" and text.id == BASE["id"]


def test_dumps_is_compact_and_keeps_non_ascii() -> None:
    assert dumps({"a": [1, {"b": "東京 ☕"}], "c": None}) == '{"a":[1,{"b":"東京 ☕"}],"c":null}'


# --- streamed text/plain ------------------------------------------------------------------------------

@QUICK_PROPERTY
@given(st.text(max_size=40), st.lists(st.integers(0, 200), max_size=8))
def test_text_decoder_split_anywhere_gives_the_same_text(text: str, cuts: list[int]) -> None:
    data = text.encode("utf-8", "surrogatepass")
    decoder = TextDecoder()
    out = "".join(decoder.feed(piece) for piece in split_at(data, [c for c in cuts if c <= len(data)]))
    assert out + decoder.flush() == data.decode("utf-8", "replace")


def test_text_decoder_replaces_invalid_bytes_and_a_cut_off_character() -> None:
    decoder = TextDecoder()
    assert decoder.feed(b"ok \xff caf\xc3") == "ok \ufffd caf"
    assert decoder.flush() == "\ufffd"
    assert decoder.feed(b"\xa9") == "\ufffd"  # reset after flush: a lone continuation byte


def test_text_decoder_rejects_an_unknown_encoding() -> None:
    with pytest.raises(ValueError, match="Unknown text encoding 'utf-9'"):
        TextDecoder("utf-9")
    assert TextDecoder("latin-1").feed(b"caf\xe9") == "café"


# --- UI events ----------------------------------------------------------------------------------------

UI_EXAMPLES = {
    "delta": {"choice": 0, "text": "Yes, it is"},
    "held": {"choice": 0, "segment_id": 0, "start": 0, "end": 24, "text": "Yes, it is safe to take.", "deadline_ms": 800},
    "segment": {"choice": 0, "segment_id": 1, "start": 24, "end": 51, "text": " Many\nkeep it.", "kind": "sentence"},
    "withheld": {"choice": 0, "segment_id": 0, "start": 0, "end": 24, "text": "Yes, it is safe to take.",
                 "reversed_by": {"segment_id": 2, "start": 51, "end": 84, "text": " Actually, no."},
                 "score": 0.97, "reason": "reversed"},
    "annotation": {"choice": 0, "segment_id": 0, "start": 0, "end": 24, "text": "Yes.",
                   "reversed_by": {"segment_id": 2, "start": 51, "end": 84, "text": " No."}, "score": 0.9},
    "error": {"message": "upstream closed the connection mid-event", "code": "upstream_error"},
    "done": {},
}


def test_ui_events_cover_every_kind_and_round_trip() -> None:
    assert set(UI_EXAMPLES) == {k.value for k in UIEventKind}
    raw = b"".join(encode_ui_event(kind, payload) for kind, payload in UI_EXAMPLES.items())
    events = decode([raw])
    assert all(e.raw.count(b"data:") == 1 for e in events)  # line breaks in text stay escaped in JSON
    assert [decode_ui_event(e) for e in events] == list(UI_EXAMPLES.items())
    assert encode_ui_event(UIEventKind.DONE, {}) == b"event: done\ndata: {}\n\n"


def test_ui_event_rejects_an_unknown_kind_and_ignores_other_frames() -> None:
    with pytest.raises(ValueError, match="Unknown UI event kind 'reversal'; allowed: annotation"):
        encode_ui_event("reversal", {})
    for raw in (b": ping\n\n", b"data: {}\n\n", b"event: other\ndata: {}\n\n", b"event: done\ndata: [1]\n\n"):
        assert decode_ui_event(decode([raw])[0]) is None
