"""Masking secrets in text that goes to logs, error bodies or error records.

Used by the proxy (its log lines and 502/504 bodies), by ``GuardMiddleware`` (its log lines and the
``error`` records it puts in a stream, which can quote upstream data or exception text) and by the CLI,
whose log handlers carry ``RedactingFilter``. An application that embeds ``GuardMiddleware`` gets redacted
middleware log lines without attaching the filter; attaching it to its own handlers also covers other
libraries' records.
"""
from __future__ import annotations

import logging
import re

__all__ = ["RedactingFilter", "excerpt", "redact"]

# All but the last pattern end in an open run of secret characters, so a secret cut short by a window edge is
# still masked.
SECRET_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)\b(bearer|basic)\s+[^\s,;\"']+"), r"\1 [redacted]"),
    (re.compile(r"\bsk-[A-Za-z0-9_\-]{4,}"), "sk-[redacted]"),
    (re.compile(r"(?i)\b(api[-_]?key|access[-_]?token|token|key|password|secret)=[^&\s\"']+"), r"\1=[redacted]"),
    (re.compile(r"(?i)\b(authorization|x-api-key|api-key)(\"?\s*[:=]\s*\"?)[^\s,;\"']+"), r"\1\2[redacted]"),
    (re.compile(r"//[^/@\s]+@"), "//[redacted]@"),
]

# How far past an excerpt's end the patterns look, so that a secret straddling the cut is recognised whole.
_EXCERPT_MARGIN = 4096


def redact(text: str) -> str:
    """``text`` with bearer tokens, ``sk-`` keys, credentials in URLs and ``key=`` parameters masked."""
    for pattern, replacement in SECRET_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def excerpt(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text``, redacted.

    Redacts before cutting (over a bounded window, so a 1 MiB data line costs no more than a short one):
    cutting first could leave ``Bearer abc`` or ``sk-ab…`` too short for the patterns to recognise.
    """
    return redact(text[:limit + _EXCERPT_MARGIN])[:limit]


class RedactingFilter(logging.Filter):
    """A logging filter that masks secrets in every record it passes (attach it to handlers)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True
