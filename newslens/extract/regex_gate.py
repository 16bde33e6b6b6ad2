"""A cheap exact pre-test for a long pattern: the literal words one of which every match contains (perf s13).

    >>> gate = RegexGate(re.compile(r"\\b(?:export(?:s|ed)?|imports?)\\s+(?:to|from)\\b", re.I))
    >>> sorted(gate.needles)
    ['export', 'import']
    >>> gate.may_match("Kim Jong Il inspected a farm."), gate.may_match("EXPORTS to Chad rose.")
    (False, True)

`may_match(text)` is False only when the pattern cannot match anywhere in ``text`` (nor in any slice of it, so a
search with pos/endpos is covered too): ``text`` is ASCII and holds none of the needles, up to case. Text with other
characters is always tried (under IGNORECASE a few non-ASCII letters match ASCII ones: the long s, the Kelvin sign),
and a pattern whose needles cannot be told (a match that may be all classes or lookarounds) always may match.
"""
from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover (older Pythons)
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = ["RegexGate", "literal_gate", "needles_of"]

_REPEATS = tuple(op for op in (getattr(_c, "MAX_REPEAT", None), getattr(_c, "MIN_REPEAT", None),
                               getattr(_c, "POSSESSIVE_REPEAT", None)) if op is not None)


def needles_of(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which is in every match of ``pattern`` (up to case), or None when none are known.

    >>> sorted(needles_of(re.compile(r"(?:tr|fl)ew\\s+to|(?i:LANDED) in")))
    ['ew', 'landed']
    >>> needles_of(re.compile(r"\\d+|visit")) is None
    True
    """
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 (a pattern the parser of this Python reads otherwise: no gate)
        return None
    found = _sequence(list(tree))
    return frozenset(found) if found else None


def _sequence(items) -> set[str] | None:
    """The needles of a sequence of parsed items: the best of the needle sets its parts require (every part is in a
    match, so any one part's set will do)."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        pending = None
        if run:
            pending = "".join(run)
            options.append({pending})
            run = []
        found = None
        if pending is not None and op in (_c.SUBPATTERN, _c.BRANCH) \
                and (joined := _joined(pending, list(av[-1]) if op is _c.SUBPATTERN else [(op, av)])) is not None:
            # perf s18: "p(?:laced|aid)" (lexicons.alternation groups words by their first letter) has the needles of
            # "placed|paid": the literal run before the group read with each of its alternatives
            options.append(joined)
        if op is _c.SUBPATTERN:
            found = _sequence(list(av[-1]))
        elif getattr(_c, "ATOMIC_GROUP", None) is not None and op is _c.ATOMIC_GROUP:
            found = _sequence(list(av))
        elif op in _REPEATS:
            found = _sequence(list(av[2])) if av[0] >= 1 else None
        elif op is _c.BRANCH:
            branches = [_sequence(list(b)) for b in av[1]]
            found = None if any(b is None for b in branches) else set().union(*branches)
        # anything else (classes, any character, a non-ASCII letter, anchors, lookarounds, back references) gives
        # no needle and ends the literal run
        if found:
            options.append(found)
    if run:
        options.append({"".join(run)})
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def _joined(prefix: str, items) -> set[str] | None:
    """The needles of ``prefix`` (literal characters) followed by the group ``items``: with one alternative, the group's
    items after the prefix's characters; with a branch, the union over its alternatives (None when one has none)."""
    lits = [(_c.LITERAL, ord(ch)) for ch in prefix]
    if len(items) == 1 and items[0][0] is _c.BRANCH:
        branches = [_sequence(lits + list(b)) for b in items[0][1][1]]
        return None if any(b is None for b in branches) else set().union(*branches)
    return _sequence(lits + list(items))


class RegexGate:
    """`needles_of` a pattern and the test `may_match`."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.needles = needles_of(pattern)
        self._order = sorted(self.needles or (), key=lambda n: (-len(n), n))

    def may_match(self, text: str, low: str | None = None) -> bool:
        """False only when the pattern matches nowhere in ``text`` (``low``: ``text.lower()``, when at hand)."""
        if self.needles is None or not text.isascii():
            return True
        low = text.lower() if low is None else low
        return any(n in low for n in self._order)

    def may_match_range(self, ascii_low: str | None, s: int, e: int) -> bool:
        """False only when the pattern matches nowhere in ``text[s:e]`` (a search or finditer with pos ``s`` and endpos
        ``e``; perf s18): ``ascii_low`` is ``text.lower()`` when ``text`` is ASCII, else None (always may match). A
        story's text is lowered once for all its sentences, and no slice is made: every needle of a match lies in the
        characters the match takes, so in [s, e)."""
        if self.needles is None or ascii_low is None:
            return True
        return any(ascii_low.find(n, s, e) >= 0 for n in self._order)


def literal_gate(owner, name: str) -> RegexGate:
    """The `RegexGate` of the pattern ``owner.<name>``, made once and kept on ``owner`` (made again when the attribute
    holds another pattern)."""
    pattern = getattr(owner, name)
    memo = owner.__dict__.setdefault("_literal_gates", {})
    gate = memo.get(name)
    if gate is None or gate[0] is not pattern:
        gate = memo[name] = (pattern, RegexGate(pattern))
    return gate[1]


def max_width(pattern: str, flags: int = 0) -> int | None:
    """The most characters a match of ``pattern`` can span, or None when it is unbounded or cannot be told (perf s18).

    >>> max_width(r"US\\s?\\$|USD\\s?|(?=\\d)R"), max_width(r"\\d+") is None
    (4, True)
    """
    try:
        lo, hi = _p.parse(pattern, flags).getwidth()
    except Exception:  # noqa: BLE001 (a pattern the parser of this Python reads otherwise: no bound)
        return None
    return hi if hi < _c.MAXREPEAT else None


def matches_at(pattern: re.Pattern, text: str, starts) -> list[re.Match]:
    """``list(pattern.finditer(text))`` when every match of ``pattern`` is non-empty and starts at one of ``starts``
    (ascending positions; perf s18). The pattern is tried with ``match`` at those positions only, in order, and after
    a match only from its end, as ``finditer`` goes on; lookbehinds and ``\\b`` see the text before a position as they
    do in a search.

    >>> rx = re.compile(r"(?<!\\d)\\d+")
    >>> [m.group() for m in matches_at(rx, "a 12 b 345", [2, 3, 7, 8, 9])] == [m.group() for m in rx.finditer("a 12 b 345")]
    True
    """
    out = []
    pos = 0
    match = pattern.match
    for p in starts:
        if p < pos:
            continue
        m = match(text, p)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out
