"""Streaming ``text/plain``: bytes in, text out, a character split across reads never broken.

An incremental decoder keeps the unfinished bytes of a multi-byte character until the rest arrives, so
the text is the same however the body was cut. Invalid bytes become U+FFFD (``errors="replace"``) rather
than an exception: the guard must keep streaming whatever the upstream sends. The middleware forwards
the original bytes wherever it does not change the text, so the replacement only affects what is checked.
"""
from __future__ import annotations

import codecs

__all__ = ["TextDecoder"]


class TextDecoder:
    """Incremental decoder for a streamed text body.

    Args:
        encoding: the body's charset (from ``Content-Type``); UTF-8 when the header names none.

    Usage::

        decoder = TextDecoder()
        text = decoder.feed(b"caf\\xc3") + decoder.feed(b"\\xa9") + decoder.flush()
        assert text == "café"
    """

    def __init__(self, encoding: str = "utf-8") -> None:
        try:
            factory = codecs.getincrementaldecoder(encoding)
        except LookupError as exc:
            raise ValueError(f"Unknown text encoding {encoding!r}; use a codec Python knows, e.g. 'utf-8'") from exc
        self.encoding = encoding
        self._decoder = factory(errors="replace")

    def __repr__(self) -> str:
        return f"TextDecoder(encoding={self.encoding!r})"

    def feed(self, chunk: bytes) -> str:
        """Decode ``chunk``; an unfinished character at its end is kept for the next call."""
        return self._decoder.decode(chunk)

    def flush(self) -> str:
        """End of body: decode what is left (an unfinished character becomes U+FFFD) and reset."""
        text = self._decoder.decode(b"", final=True)
        self._decoder.reset()
        return text
