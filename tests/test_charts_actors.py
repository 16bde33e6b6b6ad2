"""components.charts.actors: the Altair specs of the Actors page."""
from __future__ import annotations


from components.charts import actors as charts
from components.charts import country_colour
from newslens import actor_profile as profiles
from newslens.store import Dataset
from tests.fixtures_store import fixture_tables

DATASET = Dataset.from_tables(fixture_tables())


def data_of(spec: dict) -> list[dict]:
    """The rows Altair embedded in a chart spec (one inline dataset)."""
    datasets = spec["datasets"]
    assert len(datasets) == 1
    return next(iter(datasets.values()))


def test__top_actors_bar__bars_sorted_by_articles_coloured_by_kind():
    top = profiles.top_actors(DATASET.mentions, DATASET.actors, n=5)
    spec = charts.top_actors_bar(top).to_dict()
    assert spec["mark"]["type"] == "bar"
    assert spec["encoding"]["x"]["field"] == "n_articles"
    assert spec["encoding"]["y"]["sort"] == list(top["name"])
    assert spec["encoding"]["color"]["scale"]["domain"] == ["country", "person", "organisation"]
    assert [row["name"] for row in data_of(spec)] == list(top["name"])


def test__mentions_timeline__line_and_points_with_country_colours():
    monthly = profiles.mentions_over_time(DATASET.mentions, DATASET.articles, DATASET.actors,
                                          ["country:RUS", "person:kim-jong-il"])
    spec = charts.mentions_timeline(monthly).to_dict()
    marks = [layer["mark"]["type"] for layer in spec["layer"]]
    assert marks == ["line", "point"]
    encoding = spec["layer"][0]["encoding"]
    assert encoding["x"] == {"axis": {"format": "%b %Y"}, "field": "period", "title": "Month of publication", "type": "temporal"}
    scale = encoding["color"]["scale"]
    assert scale["domain"] == ["Kim Jong Il", "Russia"]  # most named first, ties by name
    assert scale["range"][1] == country_colour("RUS")
    assert sum(row["n_articles"] for row in data_of(spec)) == int(monthly["n_articles"].sum())


def test__mentions_timeline__yearly_axis():
    yearly = profiles.mentions_over_time(DATASET.mentions, DATASET.articles, DATASET.actors, ["country:RUS"], "year")
    spec = charts.mentions_timeline(yearly, "year").to_dict()
    assert spec["layer"][0]["encoding"]["x"]["axis"] == {"format": "%Y"}
    assert spec["title"] == "Articles naming each actor, by year"


def test__cooccurrence_heatmap__square_with_blank_diagonal_and_counts():
    ids = ["country:RUS", "country:KOR", "person:kim-jong-il"]
    pairs = profiles.cooccurrence(DATASET.mentions, DATASET.actors, ids)
    spec = charts.cooccurrence_heatmap(pairs).to_dict()
    rect, text = spec["layer"]
    assert rect["mark"]["type"] == "rect" and text["mark"]["type"] == "text"
    assert spec["title"] == "Articles naming both actors"
    assert rect["encoding"]["x"]["sort"] == ["Russia", "South Korea", "Kim Jong Il"]
    rows = data_of(spec)
    assert len(rows) == 9
    diagonal = [r for r in rows if r["actor_a"] == r["actor_b"]]
    assert all(r["n_shown"] is None for r in diagonal)
    rus_kor = next(r for r in rows if r["actor_a"] == "country:RUS" and r["actor_b"] == "country:KOR")
    assert rus_kor["n_shown"] == rus_kor["n_articles"] == 4
    assert spec["width"] == {"step": 34} and spec["height"] == {"step": 26}


def test__charts_accept_empty_frames():
    empty_monthly = profiles.mentions_over_time(DATASET.mentions.iloc[0:0], DATASET.articles, DATASET.actors, [])
    assert charts.mentions_timeline(empty_monthly).to_dict()["layer"]
    empty_top = profiles.top_actors(DATASET.mentions.iloc[0:0], DATASET.actors)
    assert charts.top_actors_bar(empty_top).to_dict()["mark"]["type"] == "bar"
