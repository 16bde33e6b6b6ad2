"""Rule-based extraction: actor mentions, visits, money figures and topics from one article.

>>> import datetime
>>> ex = Extractor()
>>> out = ex.extract(ArticleInput("a1", "Title", "Text ...", datetime.date(2011, 8, 8), None))
>>> sorted(out)
['actors', 'figures', 'mentions', 'topics', 'visits']

Everything is compiled once in ``Extractor.__init__`` (registry, gazetteer, lexicons); no
network, no model. Build one per worker process.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .dates import DateResolver
from .domestic import DomesticTrips
from .figures import FigureExtractor
from .figures_seed13 import visit_pair
from .figures14 import drop_route_sides, orient_givers
from .lexicons import lexicon_dir
from .mentions import MentionFinder, to_rows
from .places import PlaceFinder
from .regex_gate import RegexGate
from .registry import Registry
from .text import sentence_spans
from .topics import TopicScorer
from .visits import VisitExtractor
from .visit_kremlin16 import TranscriptTrips

__all__ = ["ArticleInput", "Extractor"]

# (s19: or the body a visiting delegation speaks for: "Aid Materials Donated by Chinese Organization", "Gift to Kim Jong
# Un from Laotian Organisation": the delegation the story then names without a country is that country's)
_DELEGATION_WORD = re.compile(r"\s*(?:[A-Z][\w-]*\s+){0,3}(?:delegation|troupe|orchestra|ensemble|team|group|frigate|warship|"
                              r"organi[sz]ation)", re.I)
_DELEGATION_GATE = RegexGate(_DELEGATION_WORD)  # perf s14: its literal words, tried before the pattern (exact)


@dataclass(frozen=True)
class ArticleInput:
    article_id: str
    title: str | None
    text: str
    published_date: dt.date | None = None
    url: str | None = None
    source: str | None = None  # the outlet; with the URL it tells where "here" is ("left here": KCNA -> Pyongyang)


class Extractor:
    """Run every extractor on an article; see the module docstring.

    ``extra_actors``: paths of user CSVs that extend the registry (people or organisations format,
    or ``name,kind,iso3,aliases``). ``actors_dir`` / ``lexicons_dir`` override data/actors and
    data/lexicons (tests use small fixtures).
    """

    def __init__(self, extra_actors: list | None = None, actors_dir: Path | None = None,
                 lexicons_dir: Path | None = None):
        lex = Path(lexicons_dir) if lexicons_dir else lexicon_dir()
        self._lexdir = Path(lexicons_dir) if lexicons_dir else None  # None: the folder in force at each call
        self.registry = Registry(actors_dir, extra_actors)
        self.mentions = MentionFinder(self.registry, lex)
        self.dates = DateResolver()
        self.places = PlaceFinder(self.registry, lex)
        self.visits = VisitExtractor(self.registry, self.dates, self.places, lex)
        self.domestic = DomesticTrips(self.registry, self.dates, self.places, self.visits, lex)
        self.transcript_trips = TranscriptTrips(self.registry, self.dates, self.places, lex)
        self.figures = FigureExtractor(self.dates, lex)
        self.topics = TopicScorer(lex)

    def extract(self, article: ArticleInput) -> dict[str, list[dict]]:
        """mentions, visits, figures, topics (schema rows) and actors (people found by title that
        the registry does not know) of one article. Offsets are into ``article.text``."""
        text = article.text or ""
        published = article.published_date
        if isinstance(published, dt.datetime):
            published = published.date()
        sentences = sentence_spans(text)
        starts = [s for s, _e in sentences]
        home_hint = " ".join(x for x in (article.url, article.source) if x) or None
        home = self.visits._home(home_hint)
        self.dates.recent_last_month = home is not None  # ("last April" in May: the one just gone, in a home outlet's usage)
        mentions = self.mentions.find(text, published, starts, outlet_iso3=home[1] if home else None)
        visits = self.visits.extract(article.article_id, text, sentences, mentions, published, article.url,
                                     self._title_delegation(article.title), home_hint=home_hint, title=article.title)
        # domestic trips: one concern, one place (newslens/extract/domestic.py vets visits.py's domestic rows, adds its own)
        visits = self.domestic.process(article.article_id, text, sentences, mentions, published, article.url, home, visits)
        # a transcript's known speaker: "during my visit to China" (session 16, newslens/extract/visit_kremlin16.py)
        visits = self.transcript_trips.add(article.article_id, text, sentences, mentions, published, home_hint,
                                           article.url, visits)
        # the headline's countries, found only when a figure needs its pair (figures session 7, fourth round)
        figures = self.figures.extract(article.article_id, text, sentences, mentions, published, article.url,
                                       home[1] if home else None, article.title,
                                       title_mentions=lambda: self.mentions.find(article.title, published))
        figures = visit_pair(figures, visits, text, mentions, self._lexdir)  # "the two countries" of a trip story (figures session 13)
        figures = drop_route_sides(figures, text, mentions, self._lexdir)  # no side named only as a place passed through (s14)
        figures = orient_givers(figures, text, mentions, self._lexdir)  # the giver of a loan, credit or grant first (figures session 14)
        topics = self.topics.score(article.article_id, article.title, text)
        new_people = {}
        for m in mentions:
            if m.kind == "person" and m.actor_id not in self.registry.actors and m.actor_id not in new_people:
                new_people[m.actor_id] = {"actor_id": m.actor_id, "kind": "person", "name": m.name,
                                          "iso3": m.iso3, "role": m.role,
                                          "source": f"title in article {article.article_id}"}
        return {"mentions": to_rows(article.article_id, mentions), "visits": visits, "figures": figures,
                "topics": topics, "actors": list(new_people.values())}

    def _title_delegation(self, title: str | None) -> str | None:
        """Country of the delegation a headline names: "Kim Yong Nam Meets Chinese Delegation" -> CHN."""
        if not title or not (_DELEGATION_GATE.may_match(title) and _DELEGATION_WORD.search(title)):  # (perf s14: gate, exact)
            return None
        for m in self.mentions.find(title):
            if m.kind == "country" and (_DELEGATION_WORD.match(title, m.end)
                                        or re.search(r"delegation\s+(?:of|from)\s+(?:the\s+)?$", title[:m.start], re.I)):
                return m.iso3
        return None

    def actors_frame(self):
        """The actors table (schema "actors") of the registry."""
        return self.registry.frame()


def normalise(text: str) -> str:
    """NFKC, as the cleaner does; handy for tests that feed raw text."""
    return unicodedata.normalize("NFKC", text)
