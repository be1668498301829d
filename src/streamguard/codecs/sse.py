"""Server-Sent Events: an incremental decoder that never alters a byte, and a small encoder.

The decoder sits on the upstream side of the guard. It has two jobs that pull in different directions:
parse events exactly as the WHATWG ``EventSource`` parser would, and let the middleware pass the upstream's
bytes on untouched. So every ``SSEEvent`` carries both: ``raw``, the exact bytes of the event including
the blank line that ends it, and the parsed fields. Concatenating the ``raw`` of every event returned by
``feed`` and ``flush`` always gives back the input, whatever the input was.

Deliberate choices:

- Line ends are LF, CRLF or a lone CR, as the spec says. A CR that is the last byte received so far is
  not interpreted until the next byte arrives (or ``flush``), so CRLF split across two reads is one line
  end, never a spurious blank line, and the events come out exactly as if the bytes had arrived at once.
- Every blank line ends an event, also one that had no field (keep-alive comments, stray blank lines):
  such events come back with ``comment_only=True`` so raw bytes are never held back or lost.
- Parsed fields are decoded as UTF-8 with ``errors="replace"``; ``raw`` keeps the original bytes, so
  invalid UTF-8 cannot break byte-for-byte passthrough. A BOM at the very start of the stream is ignored
  by the parser but kept in ``raw``.
- Fields the spec ignores (``error:`` lines, as GPUStack sends) are kept in ``other_fields`` so the caller
  can log them; ``data`` is ``None`` when the event had no ``data`` line at all, ``""`` for ``data:``.
- Memory is bounded: an event that grows past ``max_event_bytes`` stops being parsed; its bytes are
  passed on as they arrive in ``oversized=True`` events (``data=None``) until its blank line. Where such
  an event is cut into pieces depends on how the bytes arrived; nothing else does.
- The scan is linear: searching resumes where the last one stopped, so many tiny reads or one huge line
  cost time proportional to the bytes, not to their square.

Example::

    decoder = SSEDecoder()
    for chunk in upstream_chunks:
        for event in decoder.feed(chunk):
            send(event.raw if event.data is None else rewrite(event))
    for event in decoder.flush():  # bytes after the last blank line, if the upstream stopped mid-event
        send(event.raw)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "DEFAULT_MAX_EVENT_BYTES",
    "SSEDecoder",
    "SSEEvent",
    "encode_comment",
    "encode_event",
]

DEFAULT_MAX_EVENT_BYTES = 8 * 1024 * 1024
"""Largest event parsed. Real provider events are a few kB (Perplexity's, which repeat every citation,
reach 12 kB); 8 MiB leaves room for large tool-call arguments while keeping a runaway line bounded."""

_BOM = b"\xef\xbb\xbf"
_CR, _LF = 13, 10
_LINE_SPLIT = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class SSEEvent:
    """One event as received.

    Attributes:
        raw: the exact bytes of the event, including the line end(s) of its terminating blank line.
        data: the ``data`` lines joined with ``"\\n"``; ``None`` when the event had no ``data`` line.
        event: the ``event`` field, ``None`` when absent.
        id: the ``id`` field of this event, ``None`` when absent (an id containing NUL is ignored).
        retry: the ``retry`` field when it is all ASCII digits, else ``None``.
        comment_only: the event had no field line: only comments (``: ping``) and the blank line.
        other_fields: ``(name, value)`` for fields the spec ignores, in order (e.g. ``error:`` lines).
        oversized: part of an event longer than ``max_event_bytes``; not parsed, pass ``raw`` through.
        complete: ended by a blank line; ``False`` for what ``flush`` returns and for the leading
            pieces of an oversized event.
    """

    raw: bytes
    data: str | None = None
    event: str | None = None
    id: str | None = None
    retry: int | None = None
    comment_only: bool = False
    other_fields: tuple[tuple[str, str], ...] = ()
    oversized: bool = False
    complete: bool = True

    @property
    def is_done(self) -> bool:
        """The OpenAI end-of-stream sentinel, ``data: [DONE]``."""
        return self.data is not None and self.data.strip() == "[DONE]"


class _Fields:
    """The fields parsed so far for the event being received."""

    __slots__ = ("data", "event", "id", "retry", "other", "seen")

    def __init__(self) -> None:
        self.data: list[str] | None = None
        self.event: str | None = None
        self.id: str | None = None
        self.retry: int | None = None
        self.other: list[tuple[str, str]] = []
        self.seen = False

    def add_line(self, line: bytes | bytearray) -> None:
        if line[:1] == b":":
            return
        colon = line.find(b":")
        name: bytes | bytearray
        value: bytes | bytearray
        if colon < 0:
            name, value = line, b""
        else:
            name, value = line[:colon], line[colon + 1:]
            if value[:1] == b" ":
                value = value[1:]
        self.seen = True
        text = value.decode("utf-8", "replace")
        if name == b"data":
            if self.data is None:
                self.data = []
            self.data.append(text)
        elif name == b"event":
            self.event = text
        elif name == b"id":
            if "\0" not in text:
                self.id = text
        elif name == b"retry":
            # bytes.isdigit() is ASCII-only, which is what the spec asks for.
            if value.isdigit():
                self.retry = int(value)
        else:
            self.other.append((name.decode("utf-8", "replace"), text))

    def build(self, raw: bytes, *, complete: bool) -> SSEEvent:
        return SSEEvent(
            raw=raw,
            data=None if self.data is None else "\n".join(self.data),
            event=self.event,
            id=self.id,
            retry=self.retry,
            comment_only=not self.seen,
            other_fields=tuple(self.other),
            complete=complete,
        )


class SSEDecoder:
    """Incremental SSE decoder: bytes in, ``SSEEvent`` objects out, raw bytes preserved exactly.

    Args:
        max_event_bytes: an event longer than this is not parsed but passed on in ``oversized`` pieces
            as its bytes arrive, so one runaway event cannot hold unbounded memory.

    Usage::

        decoder = SSEDecoder()
        events = decoder.feed(b"data: hel") + decoder.feed(b"lo\\n\\n") + decoder.flush()
        assert [e.data for e in events] == ["hello"]
    """

    def __init__(self, *, max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES) -> None:
        if isinstance(max_event_bytes, bool) or not isinstance(max_event_bytes, int) or max_event_bytes < 1:
            raise ValueError(f"max_event_bytes must be a positive int, got {max_event_bytes!r}")
        self.max_event_bytes = max_event_bytes
        self._reset()

    def _reset(self) -> None:
        self._buf = bytearray()  # bytes of the event being received, from its first byte
        self._scan = 0  # where the search for the next line end resumes
        # Start of the current line in _buf, or -1 when the line began in bytes already passed on
        # (an oversized event), which makes it non-blank whatever follows.
        self._line_start = 0
        self._fields = _Fields()
        self._oversized = False
        self._stream_start = True  # fewer than three bytes seen, all of them a prefix of a BOM

    def __repr__(self) -> str:
        return f"SSEDecoder(max_event_bytes={self.max_event_bytes}, buffered={self.buffered})"

    @property
    def buffered(self) -> int:
        """Bytes received but not yet returned in an event."""
        return len(self._buf)

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        """Add bytes; return the events they complete, in order."""
        if not chunk:
            return []
        buf = self._buf
        buf += chunk
        self._decide_bom(buf, final=False)
        n = len(buf)
        out: list[SSEEvent] = []
        start = 0  # first byte of the event being received
        scan, line_start = self._scan, self._line_start
        # Each search runs once per feed and is reused until the scan passes it: a chunk holding many
        # LF-only lines must not rescan to the end for a CR that is not there, once per line.
        lf, cr = buf.find(b"\n", scan), buf.find(b"\r", scan)
        while True:
            if 0 <= lf < scan:
                lf = buf.find(b"\n", scan)
            if 0 <= cr < scan:
                cr = buf.find(b"\r", scan)
            if lf < 0 and cr < 0:
                scan = n
                break
            p = lf if cr < 0 or 0 <= lf < cr else cr
            if p == cr:
                if p + 1 == n:
                    scan = p  # CR or CRLF? decided when the next byte comes
                    break
                end = p + 2 if buf[p + 1] == _LF else p + 1
            else:
                end = p + 1
            if p == line_start:
                out.append(self._finish(bytes(buf[start:end]), complete=True))
                start = end
            elif not self._oversized:
                self._fields.add_line(buf[line_start:p])
            line_start = scan = end
        # (While a BOM is undecided at most two bytes wait, and the first line's start is not yet known.)
        if (self._oversized or n - start > self.max_event_bytes) and not self._stream_start:
            # Pass on everything but an undecided trailing CR, which still belongs to the line-end logic.
            if scan > start:
                out.append(SSEEvent(raw=bytes(buf[start:scan]), oversized=True, complete=False))
                self._oversized, self._fields = True, _Fields()
                if line_start < scan:
                    line_start = -1
                start = scan
        del buf[:start]
        self._scan = scan - start
        self._line_start = line_start - start if line_start >= start else -1
        return out

    def flush(self) -> list[SSEEvent]:
        """End of stream: return what is left after the last blank line as one event (``complete=False``).

        Its complete lines, and the unterminated last one, are parsed as far as they go, so an upstream
        that dropped the final blank line still yields its ``data``. The decoder is then reset.
        """
        buf = self._buf
        out: list[SSEEvent] = []
        if buf:
            self._decide_bom(buf, final=True)
            n, line_start, complete = len(buf), self._line_start, False
            # At end of stream an undecided CR is a line end after all.
            end = n - 1 if self._scan == n - 1 and buf[-1] == _CR else n
            if end < n and end == line_start:
                complete = True
            elif line_start >= 0 and end > line_start and not self._oversized:
                self._fields.add_line(buf[line_start:end])
            out.append(self._finish(bytes(buf), complete=complete))
        self._reset()
        return out

    def _decide_bom(self, buf: bytearray, *, final: bool) -> None:
        """At stream start, once three bytes are in (or they cannot be a BOM), step the first line over a BOM."""
        if self._stream_start and (final or len(buf) >= 3 or not _BOM.startswith(bytes(buf))):
            self._stream_start = False
            if buf.startswith(_BOM):
                self._line_start = 3

    def _finish(self, raw: bytes, *, complete: bool) -> SSEEvent:
        fields, oversized = self._fields, self._oversized or len(raw) > self.max_event_bytes
        self._fields, self._oversized = _Fields(), False
        if oversized:
            return SSEEvent(raw=raw, oversized=True, complete=complete)
        return fields.build(raw, complete=complete)


def _single_line(name: str, value: str | None) -> None:
    if value is not None and ("\n" in value or "\r" in value):
        raise ValueError(f"SSE {name} must be a single line, got {value!r}")


def encode_event(data: str, event: str | None = None, id: str | None = None) -> bytes:
    """Encode one event with LF line ends; multi-line ``data`` becomes several ``data:`` lines.

    ``event`` and ``id`` must be single lines (a line break would end the field early and corrupt the
    stream, so it raises ``ValueError`` rather than being silently removed).
    """
    _single_line("event", event)
    _single_line("id", id)
    lines = []
    if event is not None:
        lines.append(f"event: {event}\n")
    if id is not None:
        lines.append(f"id: {id}\n")
    lines.extend(f"data: {line}\n" for line in _LINE_SPLIT.split(data))
    lines.append("\n")
    return "".join(lines).encode("utf-8")


def encode_comment(text: str = "") -> bytes:
    """Encode a comment block (``: text``), e.g. a keep-alive; clients ignore it. Ends with a blank line."""
    return ("".join(f": {line}\n" for line in _LINE_SPLIT.split(text)) + "\n").encode("utf-8")
