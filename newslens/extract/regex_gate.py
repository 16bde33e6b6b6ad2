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
        if run:
            options.append({"".join(run)})
            run = []
        found = None
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


def literal_gate(owner, name: str) -> RegexGate:
    """The `RegexGate` of the pattern ``owner.<name>``, made once and kept on ``owner`` (made again when the attribute
    holds another pattern)."""
    pattern = getattr(owner, name)
    memo = owner.__dict__.setdefault("_literal_gates", {})
    gate = memo.get(name)
    if gate is None or gate[0] is not pattern:
        gate = memo[name] = (pattern, RegexGate(pattern))
    return gate[1]
