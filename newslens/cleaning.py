"""Cleaning: from raw captured text (or HTML) to the story alone, with its title, wire and dates.

Steps, in order: NFKC (the seed article's no-break spaces defeat matching otherwise), HTML reduced
to its main text, page chrome and donation or subscription appeals dropped (patterns in
data/cleaning/boilerplate.csv), the title found in a whole-file article, photo captions after the
title dropped, the wire credit split off ("(Bloomberg, MT)" -> wire Bloomberg, outlet MT), and a
dateline read ("MOSCOW, Aug. 8 (Itar-Tass) --").
"""
from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

DATA = Path(__file__).resolve().parents[1] / "data" / "cleaning"

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    wire: str | None = None
    outlet: str | None = None  # publisher named in the credit line or HTML metadata
    dateline_date: dt.date | None = None
    html_date: str | None = None  # a publication date found in HTML metadata
    html_url: str | None = None  # canonical URL found in HTML
    removed: list[tuple[str, str]] = field(default_factory=list)  # (kind, text) taken out


# ---------------------------------------------------------------------------------------------
# Lexicons


@dataclass(frozen=True)
class Outlet:
    name: str
    abbreviations: tuple[str, ...]
    domains: tuple[str, ...]


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    with open(DATA / "boilerplate.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out = []
    for r in rows:
        try:
            out.append((re.compile(r["pattern"], re.IGNORECASE), r["kind"]))
        except re.error as exc:  # a broken pattern in the data file is a bug worth a clear message
            raise ValueError(f"data/cleaning/boilerplate.csv: bad pattern {r['pattern']!r}: {exc}") from exc
    return tuple(out)


@lru_cache(maxsize=1)
def outlets() -> tuple[Outlet, ...]:
    with open(DATA / "outlets.csv", newline="", encoding="utf-8") as f:
        return tuple(
            Outlet(r["name"], tuple(a for a in r["abbreviations"].split("|") if a), tuple(d for d in r["domains"].split("|") if d))
            for r in csv.DictReader(f)
        )


def outlet_for_domain(url: str | None) -> str | None:
    """Publisher name for a URL's domain, e.g. 'https://www.themoscowtimes.com/...' -> 'The Moscow Times'."""
    if not url:
        return None
    try:
        host = (urlparse(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return None
    host = host[4:] if host.startswith("www.") else host
    if not host:
        return None
    for o in outlets():
        if any(host == d or host.endswith("." + d) for d in o.domains):
            return o.name
    return host


def outlet_for_name(name: str) -> str:
    """Canonical outlet name for an abbreviation or name ('MT' -> 'The Moscow Times')."""
    key = name.strip().lower()
    for o in outlets():
        if key == o.name.lower() or key in (a.lower() for a in o.abbreviations):
            return o.name
    return name.strip()


# ---------------------------------------------------------------------------------------------
# Text normalisation


_WS = re.compile(r"[ \t\f\v]+")
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


_SOFT_WRAP_RE = re.compile(
    "|".join(rf"(?<=\b{w})" for w in ("the", "of", "and", "to", "in", "for", "a", "an", "by", "with", "at", "on", "from"))
    .join(("(?:", r")\n(?=\S)")) + r"|(?<=[a-z,])\n(?=[a-z])")


def normalise(text: str) -> str:
    """NFKC, unified line ends, runs of spaces collapsed, paragraphs separated by one blank line."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    # control characters (Unicode category Cc: U+0000-001F, U+007F-009F) but tab and newline; one regex
    # pass instead of a category look-up per character (speed, same result)
    text = _CONTROL_RE.sub("", text)
    text = text.replace("\u200b", "").replace("\ufeff", "")
    lines = [_WS.sub(" ", ln).strip() for ln in text.split("\n")]
    paras, cur = [], []
    for ln in lines:
        if ln:
            cur.append(ln)
        elif cur:
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    # Within a paragraph, keep line breaks only where the capture had them (KCNA uses one line per paragraph).
    return "\n\n".join("\n".join(p) for p in paras)


def paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def boilerplate_kind(para: str) -> str | None:
    """'appeal' or 'chrome' when a paragraph is page furniture rather than story, else None.

    >>> boilerplate_kind("Your support, however small, keeps us going.")
    'appeal'
    """
    p = para.strip()
    if len(p.split()) > 120:
        return None
    if p.isascii():  # perf s14: a pattern is tried only when one of the literal words its every match holds is there
        low = p.lower()
        for pat, kind, needles in _boilerplate_gated(boilerplate_patterns()):
            if (needles is None or any(n in low for n in needles)) and pat.search(p):
                return kind
        return None
    for pat, kind in boilerplate_patterns():
        if pat.search(p):
            return kind
    return None


@lru_cache(maxsize=4)
def _boilerplate_gated(patterns: tuple[tuple[re.Pattern, str], ...]) -> tuple[tuple[re.Pattern, str, tuple[str, ...] | None], ...]:
    """(pattern, kind, needles) of each boilerplate row (perf s14): the lower-case words one of which every match of the
    pattern holds (regex_gate.needles_of, exact on ASCII text), None when none are known (the pattern is always tried).
    Imported here, not at the top, so that the cleaner alone does not load the extractors."""
    from newslens.extract.regex_gate import RegexGate

    out = []
    for pat, kind in patterns:
        gate = RegexGate(pat)
        out.append((pat, kind, tuple(sorted(gate.needles, key=lambda n: (-len(n), n))) if gate.needles is not None else None))
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# HTML


class _MainText(HTMLParser):
    """Collects block-level text, skipping scripts, styles and page furniture elements."""

    SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe", "template", "select", "figure", "figcaption"}
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "br", "tr", "section", "article", "main", "td"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.blocks: list[tuple[str, str, bool]] = []  # (tag, text, inside article/main)
        self.cur: list[str] = []
        self.cur_tag = "p"
        self.main_depth = 0
        self.title: str | None = None
        self.h1: str | None = None
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self._in_title = False
        self._title_buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower():
            self.canonical = a.get("href")
            return
        if tag == "title":
            self._in_title = True
            return
        if tag in self.SKIP:
            self.skip_depth += 1
            return
        if tag in ("article", "main"):
            self.main_depth += 1
        if tag in self.BLOCK:
            self._flush()
            self.cur_tag = tag

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
            self.title = " ".join("".join(self._title_buf).split()) or None
            return
        if tag in self.SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in self.BLOCK:
            self._flush()
        if tag in ("article", "main"):
            self.main_depth = max(0, self.main_depth - 1)

    def handle_data(self, data):
        if self._in_title:
            self._title_buf.append(data)
            return
        if self.skip_depth:
            return
        self.cur.append(data)

    def _flush(self):
        text = " ".join("".join(self.cur).split())
        if text:
            if self.cur_tag == "h1" and self.h1 is None:
                self.h1 = text
            self.blocks.append((self.cur_tag, text, self.main_depth > 0))
        self.cur = []


def html_to_text(html: str) -> tuple[str, dict]:
    """Main text of an HTML page and its metadata (title, date, url).

    Prefers the content of <article>/<main> when the page has it; drops scripts, navigation,
    headers, footers, asides and forms. Markup never survives: the result is plain text.
    """
    parser = _MainText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; anything it still rejects leaves what was parsed
        pass
    parser._flush()
    blocks = parser.blocks
    if any(inside for _, _, inside in blocks):
        blocks = [b for b in blocks if b[2]]
    body = [t for tag, t, _ in blocks if not (tag == "h1" and t == parser.h1)]
    meta = parser.meta
    title = meta.get("og:title") or parser.h1 or parser.title
    date = meta.get("article:published_time") or meta.get("datepublished") or meta.get("pubdate") or meta.get("date") or meta.get("dc.date")
    url = parser.canonical or meta.get("og:url")
    return "\n\n".join(body), {"title": title, "date": date, "url": url, "site": meta.get("og:site_name")}


# ---------------------------------------------------------------------------------------------
# Credits, datelines, titles, captions

_CREDIT_NAME = r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}"
_CREDIT = re.compile(rf"^\(({_CREDIT_NAME}(?:\s*[,/]\s*{_CREDIT_NAME}){{0,3}})\)$")
_TRAILING_CREDIT = re.compile(rf"\s+\(({_CREDIT_NAME}(?:\s*[,/]\s*{_CREDIT_NAME}){{0,3}})\)$")
_MONTH_RE = r"(Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September|Oct|October|Nov|November|Dec|December)\.?"
DATELINE = re.compile(
    rf"^([A-Z][A-Za-z .'’-]{{1,40}}?),\s+{_MONTH_RE}\s+(\d{{1,2}})(?:,\s*(\d{{4}}))?\s*(?:\(([^)]{{1,40}})\))?\s*(?:--|—|–|-)\s*"
)


def split_credit(paras: list[str]) -> tuple[list[str], str | None, str | None]:
    """Take the wire credit off the end of the story.

    Returns (paragraphs, wire, outlet): "(Bloomberg, MT)" -> wire "Bloomberg", outlet "MT";
    "(Reuters)" -> wire "Reuters", outlet None.
    """
    if not paras:
        return paras, None, None
    last = paras[-1].strip()
    m = _CREDIT.match(last)
    if m:
        paras = paras[:-1]
    else:
        m = _TRAILING_CREDIT.search(last)
        if not m or len(last.split()) < 4:
            return paras, None, None
        paras = paras[:-1] + [last[: m.start()].rstrip()]
    names = [n.strip() for n in re.split(r"[,/]", m.group(1)) if n.strip()]
    wire = names[0]
    outlet = names[-1] if len(names) > 1 else None
    return paras, outlet_for_name(wire), outlet


def read_dateline(text: str, year_hint: int | None) -> dt.date | None:
    """The date of a dateline at the start of the text, or None.

    >>> read_dateline("MOSCOW, Aug. 8 (Itar-Tass) -- Talks began.", 2011)
    datetime.date(2011, 8, 8)
    """
    m = DATELINE.match(text)
    if not m:
        return None
    month = MONTHS[m.group(2).lower().rstrip(".")]
    day = int(m.group(3))
    year = int(m.group(4)) if m.group(4) else year_hint
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_FINITE = re.compile(
    r"\b(is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did|"
    r"said|says|say|told|tells|met|meets|went|goes|held|holds|took|takes|made|makes|gave|gives|came|comes|"
    r"left|leaves|sent|sends|began|begins|won|wins|lost|paid|saw|sees|got|gets|\w+ed)\b",
    re.IGNORECASE,
)


# A link list ("Related:", "Read more", "Most read", "More from the region"): the headline-like lines right after its
# heading are its items, page furniture like the heading (session 13: a related headline "China gives Cambodia $300
# million in aid" was read as the story's figure). An item is a short line that does not end a sentence with a full
# stop; the list ends at the first line that does, or at a long paragraph.
_LIST_HEAD = re.compile(
    r"^(?:related(?: articles| stories| news| coverage| content| reading| links)?|read (?:more|also|next)|also read"
    r"|see also|more(?: (?:from|on|in|about) [^.!?]{1,60}| stories| news| coverage)?|most (?:read|popular|viewed|shared)"
    r"|popular(?: now| stories)?|trending(?: now| stories)?|recommended(?: for you| stories)?"
    r"|you (?:may|might) also like|editor'?s (?:picks?|choice)|top stories|latest(?: news| stories| headlines)?)\s*:?$",
    re.IGNORECASE,
)
# "Related: India, Japan sign $5 billion rail deal" on one line
_LIST_INLINE = re.compile(r"^(?:related(?: articles| stories| news)?|see also|also read|read also|more)\s*:\s*\S", re.IGNORECASE)


def _list_item(para: str) -> bool:
    p = para.strip().lstrip("-*\u2022\u00b7 ").rstrip("\"'\u201d\u2019 ")
    return 1 <= len(p.split()) <= 25 and not p.endswith((".", ":", ";", ","))


def link_list_lines(paras: list[str]) -> set[int]:
    """Indices of the paragraphs that are link lists: a list heading and the headline-like lines right after it.

    >>> sorted(link_list_lines(["Trade grew.", "Related:", "China gives Cambodia $300 million", "The talks ended."]))
    [1, 2]
    """
    out: set[int] = set()
    in_list = False
    for i, p in enumerate(paras):
        q = p.strip()
        if _LIST_HEAD.match(q) or _LIST_INLINE.match(q):
            out.add(i)
            in_list = True
        elif in_list and _list_item(q):
            out.add(i)
        else:
            in_list = False
    return out


def looks_like_title(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= 18 and not line.rstrip().endswith((".", "?", "!", ":", ";", ",")) and line[0].isupper()


def looks_like_caption(para: str, next_para: str | None) -> bool:
    """A photo caption or deck between title and story: one short sentence without a finite verb,
    followed by a longer paragraph. "Soldiers inspecting a frigate at the port." is one; a lede
    ("Lavrov said on Monday ...") is not."""
    words = para.split()
    if not next_para or len(words) > 30 or len(next_para.split()) < 20:
        return False
    if len(re.findall(r"[.!?](?:\s|$)", para)) > 1:
        return False
    return not _FINITE.search(para)


def clean_article(
    text: str | None,
    title: str | None = None,
    url: str | None = None,
    *,
    is_html: bool = False,
    is_file: bool = False,
    year_hint: int | None = None,
) -> Cleaned:
    """Clean one article's raw text.

    ``is_file`` says the whole capture is one article (a .txt/.html file): the title is then
    looked for in the text, and anything before it is page chrome. ``year_hint`` completes a
    dateline that gives only month and day.
    """
    meta: dict = {}
    raw = text or ""
    if is_html or (is_file and re.search(r"<(?:html|body|p|div)\b", raw[:2000], re.IGNORECASE)):
        raw, meta = html_to_text(raw)
        title = title or meta.get("title")
    raw = normalise(raw)
    # s20: a line broken inside a sentence (a capture's soft wrap: "Minister of the\nPeople's Armed Forces", "in its
    # Feb. 14th\nissue") is one line: after a function word, or between a lower-case letter or comma and a lower-case one
    raw = _SOFT_WRAP_RE.sub(" ", raw)
    title = normalise(title).replace("\n", " ") if title else None
    removed: list[tuple[str, str]] = []
    kept: list[str] = []
    paras = paragraphs(raw)
    listed = link_list_lines(paras)  # session 13: a link list's items are furniture like its heading
    for i, p in enumerate(paras):
        if i in listed:
            removed.append(("chrome", p))
            continue
        kind = boilerplate_kind(p)
        if kind:
            removed.append((kind, p))
        else:
            kept.append(p)
    if is_file and not title and kept:
        # The first headline-like line is the title; what comes before it is page chrome.
        for i, p in enumerate(kept[:8]):
            if looks_like_title(p) and i + 1 < len(kept):
                removed.extend(("chrome", q) for q in kept[:i])
                title = p
                kept = kept[i + 1 :]
                break
    elif title and kept and kept[0].strip().lower() == title.strip().lower():
        kept = kept[1:]
    if is_file and len(kept) >= 2 and looks_like_caption(kept[0], kept[1]):
        removed.append(("caption", kept[0]))
        kept = kept[1:]
    # A credit line ends the story: whatever follows it is furniture (appeals, link lists).
    for i, p in enumerate(kept):
        if _CREDIT.match(p.strip()) and i >= 1:
            removed.extend(("chrome", q) for q in kept[i + 1 :])
            kept = kept[: i + 1]
            break
    kept, wire, outlet = split_credit(kept)
    body = "\n\n".join(kept).strip()
    year = year_hint
    return Cleaned(
        text=body,
        title=title,
        wire=wire,
        outlet=outlet_for_name(outlet) if outlet else meta.get("site"),
        dateline_date=read_dateline(body, year),
        html_date=meta.get("date"),
        html_url=meta.get("url"),
        removed=removed,
    )


# ---------------------------------------------------------------------------------------------
# Dates from URLs and paths

_URL_DATE = [
    re.compile(r"/(19[89]\d|20[0-4]\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)"),
    re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)"),
]


def date_from_url(url: str | None) -> dt.date | None:
    """The publication date in a URL path.

    >>> date_from_url("https://www.themoscowtimes.com/2011/08/08/lavrov-says-a8767")
    datetime.date(2011, 8, 8)
    """
    if not url:
        return None
    try:
        path = urlparse(url).path or url
    except ValueError:
        path = url
    for pat in _URL_DATE:
        m = pat.search(path)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None


def year_from_path(path: str | None) -> int | None:
    """A year named in a folder or file name ("news/2011/aug.txt" -> 2011), else None."""
    if not path:
        return None
    years = re.findall(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)", path)
    return int(years[-1]) if years else None


def parse_date(value: str | None) -> dt.date | None:
    """A date from a metadata value in any common format; None when it is not a date.

    >>> parse_date("2012-05-15 18:00:00")
    datetime.date(2012, 5, 15)
    """
    if value is None:
        return None
    v = str(value).strip()
    if not v:
        return None
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", v)
    try:
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if re.fullmatch(r"\d{8}", v):
            return dt.date(int(v[:4]), int(v[4:6]), int(v[6:]))
    except ValueError:
        return None
    import pandas as pd

    try:
        ts = pd.to_datetime(v, errors="coerce", utc=False, dayfirst=False, format="mixed")
    except (ValueError, TypeError, OverflowError):
        return None
    if ts is None or pd.isna(ts):
        return None
    try:
        return ts.date()
    except AttributeError:
        return None


def guess_language(text: str) -> str:
    """ISO 639-1 code from the script and common English words; 'und' when unsure."""
    sample = text[:3000]
    if not sample.strip():
        return "und"
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return "und"
    n = len(letters)

    def share(lo, hi):
        return sum(1 for ch in letters if lo <= ord(ch) <= hi) / n

    if share(0x0400, 0x04FF) > 0.4:
        return "ru"
    if share(0xAC00, 0xD7AF) > 0.3:
        return "ko"
    if share(0x3040, 0x30FF) > 0.1:
        return "ja"
    if share(0x4E00, 0x9FFF) > 0.3:
        return "zh"
    words = re.findall(r"[a-z]+", sample.lower())
    if words:
        common = {"the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "with", "was", "said", "by", "as", "at"}
        if sum(w in common for w in words) / len(words) > 0.12:
            return "en"
    return "und"
