"""Incremental sentence segmentation for streamed chat text.

``SentenceSegmenter`` is fed text deltas as they arrive and returns the segments that became final; the
guard checks each finished segment against the earlier ones. Deliberate choices:

* **Same segments whatever the chunking.** A boundary is only decided once the text after it settles the
  question; until then the unfinished tail waits (``feed`` returns nothing more). In practice a segment
  becomes final when the first non-whitespace character of the next one arrives, or a little later when
  the next word matters (``"U.S. How"`` ends a sentence, ``"U.S. Government"`` does not), or when a list
  marker, heading or fence must be recognised (``"2."`` needs the space after it).
* **Whitespace goes to the end of the preceding segment.** Segments tile the text exactly; every segment
  but the first starts at a non-whitespace character, so ``"Hello there.\\n\\n"`` is one segment. Emoji
  right after a sentence end stay with that sentence (``"Done! 🎉 "``).
* **Markdown structure.** A blank line always ends a segment. A single newline is a soft break inside
  prose, except before a heading, a list item, a fence or a table row. A ``#`` heading line and a table
  row (``| a | b |``) are one segment each, whatever punctuation they hold. Each list item begins a new
  segment (kind ``LIST_ITEM``); an item with several sentences is split into sentences and only the
  first, which carries the marker, is ``LIST_ITEM``. Inline lists ("1) a 2) b", "a. x b. y", "• a • b")
  split at the list's next marker. A fenced block (``` or ~~~) is one ``CODE`` segment from its opening
  fence through its closing line (and the whitespace after it), never split by sentences.
* **A bounded tail.** No segment exceeds ``max_segment_chars``: longer text is cut at the last whitespace
  before the limit (kind ``FORCED``; ``CODE`` for a code block, cut at its last newline if it can be),
  so the scan only ever covers the unfinished tail.
* **Sentence ends** follow pysbd's English Golden Rules: a terminator (``. ! ? … 。 ！ ？``, with closing
  quotes or brackets) followed by whitespace ends a sentence unless the next character is lower-case; a
  period after a title (``Dr.``) or ``e.g.`` never does; after ``No.``/``p.``/``Jan.`` not before a
  digit; after an initial, acronym or ambiguous abbreviation (``U.S.``, ``Co.``, ``a.m.``) only before a
  common sentence starter; ``...`` before a capital does, a spaced ``. . .`` does not (``. . . .`` does).
  CJK full stops end a sentence without any whitespace.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

__all__ = ["DEFAULT_MAX_SEGMENT_CHARS", "Segment", "SegmentKind", "SentenceSegmenter"]

DEFAULT_MAX_SEGMENT_CHARS = 1000


class SegmentKind(str, Enum):
    SENTENCE = "sentence"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    CODE = "code"          # a fenced code block, kept whole, never classified
    FORCED = "forced"      # cut at the maximum length without a sentence end


@dataclass(frozen=True, slots=True)
class Segment:
    """A finished piece of the stream's text.

    ``start``/``end`` are character offsets (Python str indices) into the whole text fed so far, so
    ``full_text[start:end] == text``. Segments tile the text: the next segment starts where the
    previous one ended (whitespace between sentences belongs to the following segment's leading part
    or the previous one's trailing part, never dropped).
    """

    text: str
    start: int
    end: int
    kind: SegmentKind = SegmentKind.SENTENCE

    @property
    def checkable(self) -> bool:
        """Whether the classifier should see this segment (code and blank text are never classified)."""
        return self.kind is not SegmentKind.CODE and any(ch.isalnum() for ch in self.text)


# Abbreviations, lower-case and without their final period.
_NEVER_END = frozenset(  # titles and "for example"-like words: the sentence always goes on
    "mr mrs ms mx dr prof rev hon gen col capt cmdr lt sgt maj adm gov sen rep pres supt messrs mme mlle "
    "e.g i.e vs cf viz approx incl esp w.r.t".split())
_NUMBER_PREFIX = frozenset(  # do not end a sentence before a digit: "No. 5", "p. 55", "Jan. 3"
    "no nos nr n° p pp fig figs vol vols ch chap sec sect art eq eqs ref refs op pt pts para tab ex v ver ca "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_AMBIGUOUS = frozenset(  # end a sentence only before a common sentence starter: "Co. It", not "Co. at"
    "inc ltd co corp llc plc bros jr sr st mt ft ave blvd rd dept univ govt assn al ph.d "
    "fig figs vol ch chap sec sect eq ref jan feb apr jun jul aug sep sept oct nov dec".split())
_STARTERS = frozenset(
    "a an the this that these those it its he she they we i you there here what when where why how who "
    "which whose if in on at for but and or so yet however also my our your their his her did do does don "
    "is are was were has have had can could will would should may might must let please note then now "
    "after before as some many most all each every no not yes to with from by because since although "
    "though while once finally first second next thus therefore still meanwhile instead otherwise overall "
    "today millions more being both either neither other another such until unless during just only even "
    "maybe perhaps actually indeed unfortunately fortunately generally typically usually additionally "
    "furthermore moreover besides again anyway well ok okay sure thanks hi hello see use try check "
    "consider remember keep take nobody nothing none everyone everything someone something later earlier "
    "yesterday tomorrow soon sometimes often recently currently".split())

_TRIGGER = re.compile(r"[.!?‽…。！？\n•⁃‣◦▪)]")  # characters where a segment may end or a list item start
_SPACED_DOTS = re.compile(r"\.(?: \.)*")
_TERM_RUN = re.compile(r"[.!?‽…]+")
_CLOSERS = re.compile(r"[\"'”’»)\]}*_]*")  # closing quotes, brackets and markdown emphasis after a stop
_CJK_TAIL = re.compile(r"[。！？!?]*[」』）】〕》\"”’)\]]*")
_OPENERS = re.compile(r"[\"'“‘«(\[{*_]*")
_OPEN_CHARS = "\"'“‘«([{*_"
_WORD = re.compile(r"[^\W\d_]*")
_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]")  # "u.s", "a.m", "e.u" (the final period is the stop)
_WS = re.compile(r"\s*")
_HSPACE = re.compile(r"[ \t\r]*")
_DIGITS = re.compile(r"[0-9]*")
_RUN_OF = {ch: re.compile(re.escape(ch) + "*") for ch in "`~#"}
# Emoji right after a sentence end belong to that sentence: "Done! 🎉 " then "Next".
_EMOJI_RUN = re.compile(r"(?:[\u2600-\u27bf\u2b50-\u2b55\U0001f000-\U0001faff\u200d\ufe0f\u20e3]+\s*)*")
_LAST_BREAK = re.compile(r".*\s(?=\S)", re.S)
_LAST_NEWLINE = re.compile(r".*\n", re.S)
_BULLETS = "•⁃‣◦▪"
_WORD_LOOKAHEAD = 16  # a longer next word is no common sentence starter: decide without its end
_MARKER_LOOKBACK = 3  # an inline list marker ("10.") starts up to this many characters before its trigger


class _Mark(NamedTuple):
    """A list marker: bullet character, enumeration style ("." ")" ".)") and number or letter."""

    bullet: str
    style: str
    value: int | str | None


class _NeedMore(Exception):
    """The tail does not yet settle the decision at hand; wait for the next feed."""


class SentenceSegmenter:
    """Splits streamed text into sentence-level ``Segment``s, the same however the text is chunked.

    Args:
        max_segment_chars: longest segment; text without a boundary is cut there (kind ``FORCED``).

    Usage::

        seg = SentenceSegmenter()
        for delta in deltas:
            for s in seg.feed(delta):
                check(s)
        for s in seg.flush():
            check(s)
    """

    def __init__(self, max_segment_chars: int = DEFAULT_MAX_SEGMENT_CHARS) -> None:
        if isinstance(max_segment_chars, bool) or not isinstance(max_segment_chars, int) or max_segment_chars < 1:
            raise ValueError(f"max_segment_chars must be an integer >= 1, got {max_segment_chars!r}")
        self.max_segment_chars = max_segment_chars
        self._buf = ""     # the unfinished tail; _buf[0] is at offset _base of the whole text
        self._base = 0
        self._pos = 0      # start of the current segment in _buf (non-zero only inside _drain)
        self._scan = 0     # where the search for the current segment's end resumes
        self._final = False
        self._reset_structure()

    def _reset_structure(self) -> None:
        self._kind: SegmentKind | None = None  # None: the current segment has not been opened yet
        self._to_eol = False                    # a heading or table row: only its line end ends it
        self._fence = ""                        # the opening fence while inside a code block
        self._fence_end = -1                    # end of the closing fence line once it is seen
        self._list: _Mark | None = None         # last list marker, to recognise the next one inline
        self._line_start = True                 # the current segment begins a line

    def __repr__(self) -> str:
        return f"SentenceSegmenter(max_segment_chars={self.max_segment_chars})"

    @property
    def pending_start(self) -> int:
        """Offset where the unfinished tail (text in no finished segment yet) begins."""
        return self._base + self._pos

    @property
    def consumed(self) -> int:
        """Total characters fed."""
        return self._base + len(self._buf)

    def feed(self, text: str) -> list[Segment]:
        """Add a delta; return the segments that became final with it."""
        if not isinstance(text, str):
            raise TypeError(f"feed() takes str, got {type(text).__name__}")
        if not text:
            return []
        n = len(self._buf)
        self._buf += text
        # Fast path for the common token: nothing pending, no character that could end a segment, and
        # still within the limit. Nothing can change, so the scan just moves on.
        if (self._scan == n and self._kind is not None and n + len(text) <= self.max_segment_chars
                and _TRIGGER.search(text) is None):
            self._scan += len(text)
            return []
        return self._drain(final=False)

    def flush(self) -> list[Segment]:
        """End the stream: return the rest as segments. Text fed afterwards starts a new stream whose
        offsets continue from ``consumed``."""
        out = self._drain(final=True)
        self._reset_structure()
        return out

    # -- the driver -----------------------------------------------------------------------------------

    def _drain(self, final: bool) -> list[Segment]:
        self._final = final
        out: list[Segment] = []
        n = len(self._buf)
        while self._pos < n:
            end = pending = -1
            try:
                if self._kind is None:
                    self._open()
                end = self._find_end()
            except _NeedMore:
                pending = self._scan if self._kind is not None else self._pos
            limit = self._pos + self.max_segment_chars
            # Cut only when no boundary can fall within the limit any more: a pending decision, or a
            # list marker found from a later trigger, may still end the segment in time.
            horizon = limit + _MARKER_LOOKBACK
            if 0 <= end <= limit:
                self._emit(end, self._kind or SegmentKind.SENTENCE, out)
                self._after_boundary(end)
            elif n > limit and (end >= 0 or final or pending > horizon or (pending < 0 and n > horizon)):
                self._cut(limit, out)
            elif final:
                self._emit(n, self._kind or SegmentKind.SENTENCE, out)
            else:
                break
        if self._pos:  # drop the finished text so that the next feed scans the tail only
            self._buf = self._buf[self._pos:]
            self._base += self._pos
            self._scan -= self._pos
            self._pos = 0
        return out

    def _emit(self, end: int, kind: SegmentKind, out: list[Segment]) -> None:
        start = self._pos
        out.append(Segment(self._buf[start:end], self._base + start, self._base + end, kind))
        self._pos = self._scan = end
        self._fence_end = -1

    def _after_boundary(self, end: int) -> None:
        if self._kind is SegmentKind.CODE:
            self._fence = ""  # a code block only ends at its closing fence
        self._kind, self._to_eol = None, False
        buf, j = self._buf, end
        self._line_start = False
        while j > 0 and buf[j - 1].isspace():
            j -= 1
            if buf[j] == "\n":
                self._line_start = True
                break

    def _cut(self, limit: int, out: list[Segment]) -> None:
        buf, pos, code = self._buf, self._pos, self._kind is SegmentKind.CODE
        m = _LAST_NEWLINE.match(buf, pos, limit) if code else None
        if not m or m.end() <= pos:
            m = _LAST_BREAK.match(buf, pos, limit + 1)
        cut = m.end() if m and m.end() > pos else self._grapheme_safe(limit)
        closed = code and 0 <= self._fence_end <= cut
        self._emit(cut, SegmentKind.CODE if code else SegmentKind.FORCED, out)
        self._line_start = buf[cut - 1] == "\n"
        if closed:
            self._fence = ""
        elif code or self._to_eol:
            return  # code, headings and table rows carry on to their own end
        self._kind, self._to_eol = None, False  # prose reopens

    def _grapheme_safe(self, cut: int) -> int:
        """Move a hard cut back so that it does not split a character from its combining marks,
        a zero-width-joiner sequence or a flag (two regional indicators)."""
        buf, lo = self._buf, self._pos + 1
        while cut > lo:
            ch, prev = buf[cut], buf[cut - 1]
            if "\U0001f1e6" <= ch <= "\U0001f1ff":
                run = cut
                while run > self._pos and "\U0001f1e6" <= buf[run - 1] <= "\U0001f1ff":
                    run -= 1
                if (cut - run) % 2 == 0:
                    break
            elif not (unicodedata.category(ch) in ("Mn", "Me", "Mc") or ch in "\u200d\ufe0e\ufe0f"
                      or "\U0001f3fb" <= ch <= "\U0001f3ff" or prev == "\u200d"):
                break
            cut -= 1
        return cut

    # -- lookahead that waits for more text -----------------------------------------------------------

    def _at(self, i: int) -> str:
        """The character at ``i``; "" past the end of a finished stream."""
        if i < len(self._buf):
            return self._buf[i]
        if self._final:
            return ""
        raise _NeedMore

    def _run_end(self, rx: re.Pattern[str], i: int) -> int:
        """End of ``rx``'s (possibly empty) run at ``i``; a run reaching the end may still grow."""
        end = rx.match(self._buf, i).end()  # type: ignore[union-attr]  # every run pattern matches ""
        if end == len(self._buf) and not self._final:
            raise _NeedMore
        return end

    # -- opening a segment: its kind ------------------------------------------------------------------

    def _open(self) -> None:
        buf, pos = self._buf, self._pos
        q, line_start = pos, self._line_start
        if buf[pos].isspace():  # whitespace at the very start of the stream, or after a hard cut
            q = self._run_end(_WS, pos)
            if q == len(buf):
                self._kind, self._scan = SegmentKind.SENTENCE, q
                return
            line_start = line_start or "\n" in buf[pos:q]
        ch, kind, body, mark = buf[q], SegmentKind.SENTENCE, q, None
        if line_start and ch in "`~":
            end = self._run_end(_RUN_OF[ch], q)
            if end - q >= 3:
                self._fence, self._kind, self._scan, self._list = buf[q:end], SegmentKind.CODE, end, None
                return
        if line_start and ch == "#" and self._is_heading(q):
            kind, self._to_eol = SegmentKind.HEADING, True
        elif line_start and ch == "|":  # a table row: its cells are not sentences
            self._to_eol = True
        elif line_start or self._list:  # away from a line start only a list's next marker counts
            found = self._marker(q, line_start)
            if found:
                body, mark = found
                kind = SegmentKind.LIST_ITEM
        if mark or line_start:
            self._list = mark
        self._kind, self._scan = kind, body

    def _is_heading(self, q: int) -> bool:
        end = self._run_end(_RUN_OF["#"], q)
        return end - q <= 6 and self._at(end) in (" ", "\t", "\r", "\n", "")

    def _marker(self, q: int, line_start: bool) -> tuple[int, _Mark] | None:
        """A list marker at ``q`` ("- ", "• ", "1. ", "2) ", "3.) ", "a. ", "• 9. "): where the item's
        text starts, and the marker. Away from a line start only the next marker of the list counts."""
        buf, bullet, j = self._buf, "", q
        if buf[q] in _BULLETS or (buf[q] in "-*+" and self._at(q + 1) in (" ", "\t")):
            bullet, j = buf[q], self._run_end(_HSPACE, q + 1)
        ch, style, end = self._at(j), "", j
        value: int | str | None = None
        if "0" <= ch <= "9":
            digits = self._run_end(_DIGITS, j)
            if digits - j <= 3:
                style, end = self._enum_style(digits)
                value = int(buf[j:digits])
        elif ch.isascii() and ch.isalpha() and not bullet:
            style, end = self._enum_style(j + 1)
            value = ch
        if not style and not bullet:
            return None
        mark = _Mark(bullet, style, value if style else None)
        if not line_start and not self._follows(mark):
            return None
        return (end if style else j), mark

    def _enum_style(self, i: int) -> tuple[str, int]:
        """The punctuation after a list number or letter and where the item's text starts, or ("", i)."""
        p = self._at(i)
        if p == ".":
            style, end = (".)", i + 2) if self._at(i + 1) == ")" else (".", i + 1)
        elif p == ")":
            style, end = ")", i + 1
        else:
            return "", i
        if self._at(end) not in (" ", "\t"):
            return "", i
        return style, self._run_end(_HSPACE, end)

    def _follows(self, mark: _Mark) -> bool:
        prev = self._list
        if prev is None:
            return False
        if mark.bullet or prev.bullet:
            return mark.bullet == prev.bullet
        if mark.style != prev.style:
            return False
        if isinstance(mark.value, int) and isinstance(prev.value, int):
            return mark.value == prev.value + 1
        if isinstance(mark.value, str) and isinstance(prev.value, str):
            return ord(mark.value) == ord(prev.value) + 1
        return False

    # -- finding the end of the current segment -------------------------------------------------------

    def _find_end(self) -> int:
        """Where the next segment starts, or -1 when the text so far holds no boundary."""
        if self._kind is SegmentKind.CODE:
            return self._find_code_end()
        if self._to_eol:
            i = self._buf.find("\n", self._scan)
            if i < 0:
                self._scan = len(self._buf)
                return -1
            self._scan = i
            return self._next_start(i)
        return self._find_prose_end()

    def _next_start(self, i: int) -> int:
        """The first non-whitespace character from ``i``: the next segment's start (-1 at the end)."""
        k = self._run_end(_WS, i)
        return k if k < len(self._buf) else -1

    def _next_sentence(self, i: int) -> int:
        """Like ``_next_start`` after a sentence end, but emoji there stay with the ending sentence."""
        k = self._next_start(i)
        if k >= 0 and _EMOJI_RUN.match(self._buf, k).end() > k:  # type: ignore[union-attr]
            k = self._run_end(_EMOJI_RUN, k)
            return k if k < len(self._buf) else -1
        return k

    def _find_code_end(self) -> int:
        buf, i, stop = self._buf, self._scan, self._pos + self.max_segment_chars
        if i == self._pos and self._line_start:  # a cut code block may resume right at its closing line
            f = self._closing_line(i)
            if f >= 0:
                return self._close(f)
        while True:
            i = buf.find("\n", i)
            if i < 0 or i > stop:
                self._scan = len(buf) if i < 0 else i
                return -1
            self._scan = i
            f = self._closing_line(i + 1)
            if f >= 0:
                return self._close(f)
            i += 1

    def _closing_line(self, i: int) -> int:
        """End of a closing fence line starting at ``i`` (before its newline), or -1."""
        j = self._run_end(_HSPACE, i)
        if self._at(j) != self._fence[0]:
            return -1
        end = self._run_end(_RUN_OF[self._fence[0]], j)
        if end - j < len(self._fence):
            return -1
        end = self._run_end(_HSPACE, end)
        return end if self._at(end) in ("\n", "") else -1

    def _close(self, f: int) -> int:
        k = self._next_start(f)
        self._fence_end = f
        return k

    def _find_prose_end(self) -> int:
        buf, i, stop = self._buf, self._scan, self._pos + self.max_segment_chars + _MARKER_LOOKBACK
        while True:
            m = _TRIGGER.search(buf, i)
            if m is None or m.start() > stop:
                self._scan = len(buf) if m is None else m.start()
                return -1
            i = self._scan = m.start()
            ch = buf[i]
            if ch == "\n":
                k, i = self._newline(i)
            elif ch in "。！？":
                k = i = self._next_sentence(self._run_end(_CJK_TAIL, i + 1))
            elif ch in _BULLETS:  # "• a • b": a bullet after whitespace starts the list's next item
                prev = self._list
                k = i if prev and prev.bullet == ch and i > self._pos and buf[i - 1].isspace() else -1
                i += 1
            else:
                k = self._inline_marker(i) if self._list and ch in ".)" else -1
                if k < 0:
                    k, i = self._stop(i) if ch != ")" else (-1, i + 1)
            if k >= 0:
                return k
            if i < 0:  # the rest of a finished stream is whitespace
                self._scan = len(buf)
                return -1

    def _newline(self, i: int) -> tuple[int, int]:
        k = self._next_start(i)
        if k < 0:
            return -1, -1
        if self._buf.count("\n", i, k) > 1 or self._block_starts(k):
            return k, k
        return -1, k

    def _block_starts(self, k: int) -> bool:
        """Whether the line at ``k`` is a heading, fence, table row or list item (it ends a segment)."""
        ch = self._buf[k]
        if ch in "`~":
            return self._run_end(_RUN_OF[ch], k) - k >= 3
        if ch == "#":
            return self._is_heading(k)
        if ch == "|":
            return True
        if ch in _BULLETS or ch in "-*+" or (ch.isascii() and ch.isalnum()):
            return self._marker(k, True) is not None
        return False

    def _inline_marker(self, i: int) -> int:
        """Start of the list's next marker ("2." in "1. a 2. b") whose punctuation is at ``i``, or -1."""
        buf, pos, j = self._buf, self._pos, i
        while j > pos and i - j < 3 and "0" <= buf[j - 1] <= "9":
            j -= 1
        if j == i:
            if i - 1 > pos and buf[i - 1].isascii() and buf[i - 1].isalpha():
                j = i - 1
            else:
                return -1
        if j <= pos or not buf[j - 1].isspace():
            return -1
        return j if self._marker(j, False) is not None else -1

    def _stop(self, i: int) -> tuple[int, int]:
        """Decide at a terminator: (next segment's start or -1, where to go on scanning)."""
        buf = self._buf
        if buf[i] == ".":
            e = _SPACED_DOTS.match(buf, i).end()  # type: ignore[union-attr]
            if self._at(e) == " ":
                self._at(e + 1)  # a further " ." would lengthen a spaced ellipsis
            dots = (e - i + 1) // 2
            if dots >= 3:
                return self._spaced_ellipsis(i, e, dots)
        e = self._run_end(_TERM_RUN, i)
        c = self._run_end(_CLOSERS, e)
        if not self._at(c).isspace():  # "3.14", "example.com", "Jr.'s": no boundary here
            return -1, e
        k = self._next_sentence(c)
        if k < 0 or buf[k].islower():
            return -1, e
        run = buf[i:e]
        if "!" in run or "?" in run or "‽" in run:
            ends = True
        elif len(run) > 1 or "…" in run:  # an ellipsis ends a sentence before a capital letter only
            ends = buf[k].isupper()
        else:
            ends = self._period_ends(i, k)
        return (k, k) if ends else (-1, e)

    def _spaced_ellipsis(self, i: int, e: int, dots: int) -> tuple[int, int]:
        # ". . ." marks an omission inside a sentence; ". . . ." is an omission and a period. Attached
        # to its word ("compounds. . . . The") the first dot is the period and the ellipsis opens the
        # next sentence.
        c = self._run_end(_CLOSERS, e)
        if not self._at(c).isspace():
            return -1, e
        k = self._next_start(c)
        if dots < 4 or k < 0 or not self._buf[k].isupper():
            return -1, e
        if i > self._pos and not self._buf[i - 1].isspace():
            return i + 2, i + 2
        return k, k

    def _period_ends(self, i: int, k: int) -> bool:
        """Whether the single period at ``i``, followed by whitespace and ``buf[k]``, ends a sentence."""
        buf, j = self._buf, i
        lo = max(self._pos, i - 40)
        while j > lo and not buf[j - 1].isspace():
            j -= 1
        word = buf[j:i].lstrip(_OPEN_CHARS)
        low = word.lower()
        if not word or "@" in word or "://" in word or low.startswith("www."):
            return True  # the last period of an e-mail address or URL is a stop
        if low in _NEVER_END:
            return False
        initial = len(word) == 1 and word.isalpha()
        if buf[k].isdigit():
            return not (initial or low in _NUMBER_PREFIX)
        if initial or low in _AMBIGUOUS or _ACRONYM.fullmatch(low):
            return self._starts_sentence(k)
        return True

    def _starts_sentence(self, k: int) -> bool:
        """Whether the word at ``k`` commonly starts a sentence ("How", "It" — not "Government")."""
        buf, j = self._buf, self._run_end(_OPENERS, k)
        end = _WORD.match(buf, j).end()  # type: ignore[union-attr]
        if end - j >= _WORD_LOOKAHEAD:
            return False
        word = buf[j:end]
        if not word:
            return True
        if self._at(end) == ".":  # another initial or abbreviation: "J. R. R. Tolkien"
            return False
        return word[0].isupper() and word.lower() in _STARTERS
