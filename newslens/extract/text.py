"""Text helpers shared by the extractors: tokens, sentence spans, diacritic folding, stable ids."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

# Words (with inner apostrophes, but "'s" apart) or single non-space characters:
# "Kim Sung-hwan" -> Kim, Sung, -, hwan; "Korea's" -> Korea, ', s; "O'Brien" stays one.
TOKEN_RE = re.compile(r"\w+(?:['’](?!s\b)\w+)*|[^\w\s]")

# Abbreviations after which a full stop does not end a sentence ("Mr. Kim", "Aug. 8", "N. Korea").
_ABBREV = (
    "mr mrs ms dr prof gen lt lieut col maj capt sgt adm st sen rep gov jr sr co corp inc ltd no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est fig "
    "u.s u.k u.n e.u"
).split()
_ABBREV_SET = frozenset(_ABBREV)
_INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
# A candidate break: terminal punctuation, optional closing quote/bracket, whitespace.
# (".," or ". ," before a capital is a paragraph break flattened in some archives: "left., Arriving here")
_MIDLINE_BEFORE_RE = re.compile(r"[A-Za-z,][ \t]*$")
_LOWER_AFTER_RE = re.compile(r"\s*[a-z]")
_BREAK_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\.[ \t]*,(?=\s+[A-Z])|\n\s*\n|\n(?=\s*\S)")


def fold(text: str) -> str:
    """Strip diacritics: "Ulán-Udé" -> "Ulan-Ude" (same length is not guaranteed)."""
    if text.isascii():
        return text
    return _fold_cached(text)


@lru_cache(maxsize=200_000)
def _fold_cached(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def tokens(text: str) -> list[str]:
    """Token strings of ``text`` as used for lexicon keys: "N. Korea" -> ["N", ".", "Korea"]."""
    return [fold(t) for t in TOKEN_RE.findall(text)]


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """(folded token, start, end) for every token of ``text``."""
    return [(fold(m.group()), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Half-open (start, end) spans of the sentences of ``text``, whitespace trimmed.

    >>> sentence_spans("Mr. Kim left. He came back.")
    [(0, 13), (14, 27)]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BREAK_RE.finditer(text):
        end = m.end() if not m.group().isspace() else m.start()
        if m.group()[0] == "\n" and _MIDLINE_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()) and (
                _LOWER_AFTER_RE.match(text, m.end()) or text[m.start() - 1:m.start()] == ","):
            # s22: a paragraph break inside a sentence ("a delegation of a study group of the J\n\nuche idea
            # of Kyrgyzstan led by ...", "..., \n\nFrancis F. Lyimo, chairman of"; KCNA's feed cuts long lists so):
            # no end of sentence after a letter or a comma when the next line opens in lower case or follows the comma
            continue
        if m.group()[0] == ".":
            # the word before the full stop: an abbreviation or an initial does not end the sentence
            j = m.start()
            k = j
            while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
                k -= 1
            word = text[k:j].lower()
            if word in _ABBREV_SET or (len(word) == 1 and word.isalpha() and text[k - 1 : k] != "."):
                continue
            if _INITIALS_RE.fullmatch(word):  # "C.C.,", "V.V. Putin": initials, not a sentence end
                continue
            if len(word) == 1 and word.isalpha():
                continue
        _append(text, start, end, spans)
        start = m.end()
    _append(text, start, len(text), spans)
    return spans


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def slug(name: str) -> str:
    """"Kim Sung-hwan" -> "kim-sung-hwan"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")


def stable_id(*parts: object) -> str:
    """A short hash of the parts, the same from run to run: stable_id("a1", 3) -> 16 hex digits."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=8).hexdigest()
