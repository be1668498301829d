"""Real prose for hard negatives: paragraphs of English documentation installed on this machine.

Sources, in order of preference (Debian packages): ``debian-handbook`` (``/usr/share/doc/debian-handbook/html/en-US``)
and ``python3-doc`` (``/usr/share/doc/python3*/html``). If neither is installed, plain-text README files under
``/usr/share/doc`` are used instead and a note goes to stderr. HTML is stripped with the stdlib
:mod:`html.parser`; only ``<p>`` text outside code/pre blocks is kept. Paragraphs are grouped by section
(the nearest heading) so that sentences of the same section can be paired as compatible statements.

The extraction is capped (files, paragraphs) and cached in memory per process.
"""
from __future__ import annotations

import gzip
import re
import sys
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

DOC_ROOT = Path("/usr/share/doc")

_SKIP_TAGS = {"pre", "code", "script", "style", "table", "kbd", "samp", "tt"}
_BLOCK_TAGS = {"p"}
_HEAD_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class _ParaParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.in_p = 0
        self.buf: list[str] = []
        self.section = 0
        self.paras: list[tuple[int, str]] = []  # (section id, text)
        self.nested: list[str] = []
        self.para_tag = "p"

    def _is_para(self, tag, attrs) -> bool:
        if tag == "p":
            return True
        return tag == "div" and ("class", "para") in attrs

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
            if tag in ("code", "kbd", "samp", "tt") and self.in_p:
                self.buf.append(" \x00 ")  # marks inline code: such sentences are dropped
        elif self.in_p and tag in ("div", "ul", "ol", "dl", "p", "blockquote"):
            self.nested.append(tag)
            self.skip += 1
            self.buf.append(" \x00 ")
        elif self._is_para(tag, attrs):
            self.in_p = 1
            self.para_tag = tag
            self.buf = []
        elif tag in _HEAD_TAGS:
            self.section += 1

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif self.nested and tag == self.nested[-1]:
            self.nested.pop()
            self.skip = max(0, self.skip - 1)
        elif self.in_p and tag == self.para_tag and not self.nested:
            self.in_p = 0
            text = " ".join("".join(self.buf).split())
            if text:
                self.paras.append((self.section, text))
            self.buf = []

    def handle_data(self, data):
        if self.in_p and not self.skip:
            self.buf.append(data)


_ABBREV = re.compile(r"\b(e\.g|i\.e|etc|vs|cf|Dr|Mr|Mrs|Ms|St|No|Fig|approx|resp)\.$", re.IGNORECASE)
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": " - ", "\u2013": "-",
                         "\u00a0": " ", "\u00b6": ""})


def split_sentences(text: str) -> list[str]:
    text = " ".join(text.translate(_QUOTES).split())
    parts = _SPLIT.split(text)
    out: list[str] = []
    for p in parts:
        if out and (_ABBREV.search(out[-1]) or re.search(r"\b[A-Z]\.$", out[-1])):
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return [s.strip() for s in out if s.strip()]


_BAD = re.compile(r"[\x00{}<>=_\\|@#~]|::|\(\)|\.\w+\(|https?:|www\.|/\w+/|\$\w|\[|\]")


def good_sentence(s: str) -> bool:
    if len(s) < 30 or len(s) > 220:
        return False
    if not s[0].isupper() or s[-1] not in ".!?" or s[:3] in ("A. ", "Q. "):
        return False
    if _BAD.search(s):
        return False
    words = s.split()
    if len(words) < 6 or len(words) > 40:
        return False
    alpha = sum(1 for w in words if re.fullmatch(r"[A-Za-z][a-z'\-]*[,;:.]?", w))
    if alpha / len(words) < 0.75:
        return False
    if s.count("(") != s.count(")") or s.count('"') % 2:
        return False
    return True


def _parse_html(path: Path) -> list[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    p = _ParaParser()
    try:
        p.feed(text)
        p.close()
    except Exception:  # malformed HTML: keep what was parsed
        pass
    return p.paras


def _html_files() -> list[tuple[str, Path]]:
    files: list[tuple[str, Path]] = []
    hb = DOC_ROOT / "debian-handbook" / "html" / "en-US"
    if hb.is_dir():
        files += [("debian-handbook", p) for p in sorted(hb.glob("*.html"))]
    py_roots = sorted({p.resolve() for p in DOC_ROOT.glob("python3*/html") if (p / "library").is_dir()})
    for root in py_roots[:1]:
        for sub in ("tutorial", "howto", "faq", "using", "library", "reference", "whatsnew", "installing",
                    "distributing", "extending"):
            d = root / sub
            if d.is_dir():
                files += [("python3-doc", p) for p in sorted(d.glob("*.html"))]
        files += [("python3-doc", p) for p in sorted(root.glob("glossary.html"))]
    return files


def _text_files(limit: int = 400) -> list[tuple[str, Path]]:
    out = []
    for p in sorted(DOC_ROOT.glob("*/README*")):
        if p.is_file() and p.suffix in ("", ".gz", ".txt", ".md", ".rst", ".Debian"):
            out.append(("usr-share-doc", p))
        if len(out) >= limit:
            break
    return out


def _parse_text(path: Path) -> list[tuple[int, str]]:
    try:
        raw = gzip.open(path, "rt", encoding="utf-8", errors="replace").read() if path.suffix == ".gz" \
            else path.read_text(encoding="utf-8", errors="replace")
    except (OSError, EOFError):
        return []
    paras = []
    for i, block in enumerate(re.split(r"\n\s*\n", raw[:200_000])):
        lines = [ln.strip() for ln in block.splitlines()]
        if not lines or any(ln.startswith(("*", "-", "#", "$", ">", "|")) for ln in lines):
            continue
        paras.append((i, " ".join(" ".join(lines).split())))
    return paras


@lru_cache(maxsize=4)
def load_prose(max_files: int = 450, max_sections: int = 20000, verbose: bool = True) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """Return sections of real prose: a tuple of (origin, paragraphs), each paragraph a tuple of sentences.

    Only sections with at least one paragraph of >= 2 good sentences, or >= 2 paragraphs, are kept.
    Deterministic: files are read in sorted order.
    """
    files = _html_files()
    parse = _parse_html
    if not files:
        if verbose:
            print("streamguard.training.prose: python3-doc and debian-handbook not found under /usr/share/doc; "
                  "falling back to README files under /usr/share/doc", file=sys.stderr)
        files = _text_files()
        parse = _parse_text
    # interleave origins so a cap keeps a mix
    by_origin: dict[str, list[Path]] = {}
    for o, p in files:
        by_origin.setdefault(o, []).append(p)
    mixed: list[tuple[str, Path]] = []
    origins = sorted(by_origin)
    i = 0
    while len(mixed) < max_files and any(i < len(by_origin[o]) for o in origins):
        for o in origins:
            if i < len(by_origin[o]) and len(mixed) < max_files:
                mixed.append((o, by_origin[o][i]))
        i += 1
    sections: list[tuple[str, tuple[tuple[str, ...], ...]]] = []
    for origin, path in mixed:
        cur_id = None
        cur: list[tuple[str, ...]] = []
        for sec, para in parse(path) + [(-1, "")]:
            if sec != cur_id:
                if cur and (len(cur) >= 2 or len(cur[0]) >= 2):
                    sections.append((origin, tuple(cur)))
                cur_id, cur = sec, []
            sents = tuple(s for s in split_sentences(para) if good_sentence(s))
            if sents:
                cur.append(sents)
        if len(sections) >= max_sections:
            break
    if verbose and not sections:
        print("streamguard.training.prose: no usable prose found", file=sys.stderr)
    return tuple(sections)
