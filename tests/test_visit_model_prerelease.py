"""The pre-release regime of the visit-model harness (session 15, second experiment): the commit map, merging the
old commits' record dumps, swapping them in as the items' rule records, and counting the model's right additions.

Pure functions only (no extractor run); records and ids are made up for the tests.
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from newslens import train_visits as tv

ROOT = Path(__file__).resolve().parents[1]


def _dump(commit: str, files: dict) -> dict:
    return {"commit": commit, "files": files, "scores": {}, "errors": {}}


def test_commit_map_matches_the_gold_readme_rows():
    """Every set of the map is named in its README row as scored "on <commit>"; no held-out set is in the map."""
    readme = (ROOT / "tests" / "gold" / "README.md").read_text(encoding="utf-8")
    for name, commit in tv.PRERELEASE_COMMITS.items():
        assert not tv.is_held_out(name)
        assert re.fullmatch(r"[0-9a-f]{7}", commit)
        row = next(line for line in readme.splitlines() if line.startswith(f"| `{name}`"))
        assert commit in row, name  # "on 9d2de6e", or "(79e4844, round J)" in blind36's row


def test_groups_turn_the_map_around_and_refuse_held_out_names():
    groups = tv.prerelease_groups({"blind61x.jsonl": "aaaaaaa", "setB.jsonl": "bbbbbbb", "setA.jsonl": "bbbbbbb"})
    assert groups == {"aaaaaaa": ["blind61x.jsonl"], "bbbbbbb": ["setA.jsonl", "setB.jsonl"]}
    with pytest.raises(tv.HeldOutError):
        tv.prerelease_groups({"blind59.jsonl": "ccccccc"})
    with pytest.raises(tv.HeldOutError):
        tv.prerelease_groups({"figures_held.jsonl": "ccccccc"})


def test_merge_checks_each_set_came_from_its_commit():
    commits = {"setA.jsonl": "1234abc", "setB.jsonl": "feed000"}
    a = _dump("1234abc" + "0" * 33, {"setA.jsonl": {"a-1": [{"visitor_iso3": "FRA", "host_iso3": "MLI"}]}})
    b = _dump("feed000" + "9" * 33, {"setB.jsonl": {"b-1": []}})
    merged = tv.merge_prerelease([a, b], commits)
    assert merged == {"setA.jsonl": {"a-1": [{"visitor_iso3": "FRA", "host_iso3": "MLI"}]}, "setB.jsonl": {"b-1": []}}
    wrong = _dump("feed000" + "9" * 33, {"setA.jsonl": {"a-1": []}})  # setA dumped on setB's commit
    with pytest.raises(ValueError, match="setA"):
        tv.merge_prerelease([wrong], commits)
    with pytest.raises(ValueError, match="two dumps"):
        tv.merge_prerelease([a, a], commits)
    unmapped = _dump("1234abc" + "0" * 33, {"setC.jsonl": {}})
    with pytest.raises(ValueError):
        tv.merge_prerelease([unmapped], commits)
    held = _dump("1234abc" + "0" * 33, {"blind60.jsonl": {}})
    with pytest.raises(tv.HeldOutError):
        tv.merge_prerelease([held], {"blind60.jsonl": "1234abc"})


def test_apply_swaps_the_rule_records_and_drops_other_sets():
    now = [{"visitor_iso3": "JPN", "host_iso3": "KOR", "status": "occurred"}]
    old = [{"visitor_iso3": "JPN", "host_iso3": "USA", "status": "planned"}]
    items = [{"file": "setA.jsonl", "id": "a-1", "rule_visits": now, "gold": []},
             {"file": "setA.jsonl", "id": "a-2", "rule_visits": [], "gold": []},
             {"file": "other.jsonl", "id": "o-1", "rule_visits": now, "gold": []}]
    out = tv.apply_prerelease(items, {"setA.jsonl": {"a-1": old, "a-2": []}})
    assert [it["id"] for it in out] == ["a-1", "a-2"]
    assert out[0]["rule_visits"] == old and out[0]["rule_visits_now"] == now
    assert out[0]["rule_visits"] is not old  # copies: training code may not write into the dump
    assert items[0]["rule_visits"] is now and "rule_visits_now" not in items[0]  # the input items are untouched
    with pytest.raises(KeyError):
        tv.apply_prerelease(items, {"setA.jsonl": {"a-1": old}})  # a-2 missing from the dump


def test_added_right_counts_only_the_models_records():
    gold = [{"visitor_iso3": "BRA", "host_iso3": "ARG", "status": "occurred", "date": None},
            {"visitor_iso3": "CHL", "host_iso3": "PER", "status": "occurred", "date": None},
            {"visitor_iso3": "MEX", "host_iso3": "CAN", "status": "occurred", "date": None}]
    rule = {"visitor_iso3": "BRA", "host_iso3": "ARG", "status": "occurred", "extractor": "rules"}
    right = {"visitor_iso3": "CHL", "host_iso3": "PER", "status": "occurred", "extractor": "rules+model"}
    pair_only = {"visitor_iso3": "MEX", "host_iso3": "CAN", "status": "planned", "extractor": "rules+model"}
    wrong = {"visitor_iso3": "MEX", "host_iso3": "USA", "status": "occurred", "extractor": "rules+model"}
    assert tv.added_right(gold, [rule, right, pair_only, wrong]) == (1, 2)
    assert tv.added_right(gold, [rule]) == (0, 0)
    assert tv.added_right([], [wrong]) == (0, 0)


def test_dump_script_refuses_held_out_files_before_importing_anything(tmp_path):
    spec = importlib.util.spec_from_file_location("prerelease_records", ROOT / "benchmarks" / "prerelease_records.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with pytest.raises(SystemExit, match="held-out"):
        mod.main(["--root", str(tmp_path), "--out", str(tmp_path / "x.pkl"), "tests/gold/blind50.jsonl"])
    assert not (tmp_path / "x.pkl").exists()


def _m(kind, iso3, start, end, alias_kind="name"):
    from types import SimpleNamespace
    return SimpleNamespace(kind=kind, iso3=iso3, start=start, end=end, alias_kind=alias_kind)


def _cand(text, visitor, vkind, v_iso3, host, hkind, h_iso3):
    from newslens.extract.visit_model import Candidate
    v, h = text.index(visitor), text.index(host)
    return Candidate(f"person:{visitor.lower().replace(' ', '-')}" if vkind == "person" else f"country:{v_iso3}",
                     v_iso3, visitor, vkind, h_iso3, hkind, (v, v + len(visitor)), (h, h + len(host)), (0, len(text)), 0)


def test_structure_features_of_a_traveller_and_a_bystander():
    text = "Prime Minister Anwar Ibrahim flew to Tokyo on Sunday, while Thailand sent its trade minister to Seoul."
    anwar = _cand(text, "Anwar Ibrahim", "person", "MYS", "Tokyo", "capital", "JPN")
    mentions = [_m("person", "MYS", anwar.v_pos[0], anwar.v_pos[1]), _m("country", "JPN", *anwar.h_pos, "capital"),
                _m("country", "THA", text.index("Thailand"), text.index("Thailand") + 8),
                _m("country", "KOR", text.index("Seoul"), text.index("Seoul") + 5, "capital")]
    f = tv.structure_features(anwar, text, mentions, None)
    assert {"x_clause=same", "x_between_c=0", "x_vfirst=True", "x_vnext=travel", "x_hprep=to",
            "x_vnext_hprep=travel_to"} <= set(f)
    seoul = _cand(text, "Anwar Ibrahim", "person", "MYS", "Seoul", "capital", "KOR")
    g = tv.structure_features(seoul, text, mentions, "KOR")
    assert "x_clause=cross" in g and "x_between_c=2" in g and "x_h_dateline" in g  # Tokyo and Thailand between
    thai = _cand(text, "Thailand", "country/name", "THA", "Seoul", "capital", "KOR")
    h = tv.structure_features(thai, text, mentions, None)
    assert "x_vfirst=False" in h and "x_vnext=none" in h and "x_clause=same" in h


def test_structure_features_skip_what_has_no_position():
    text = "The delegation of Ghana was received in Accra. It later went on to Lagos."
    from newslens.extract.visit_model import Candidate
    rule = Candidate("country:GHA", "GHA", "Ghana", "rule", "NGA", "rule", (0, 0), (10, 10), (0, len(text)), 0)
    assert tv.structure_features(rule, text, [], "NGA") == ["x_h_dateline"]
    prev = Candidate("country:GHA", "GHA", "Ghana", "prev/country", "NGA", "city", (47, 47),
                     (text.index("Lagos"), text.index("Lagos") + 5), (47, len(text)), 1)
    f = tv.structure_features(prev, text, [], None)
    assert f == ["x_hprep=to"]  # no visitor position: no clause, order or verb features


def test_pair_labels_follow_evaluates_visitor_rule():
    """A person's pair matches a gold visit that names only his country (as newslens.evaluate scores it); a country's
    pair does not match a gold visit of one named person; the host must agree."""
    gold = [{"visitor_iso3": "IDN", "host_iso3": "AUS", "status": "occurred", "date": None},
            {"visitor_id": "person:joko-widodo", "visitor_iso3": "IDN", "host_iso3": "CHN", "status": "occurred",
             "date": None},
            {"host_iso3": "SGP", "status": "planned", "date": None}]  # the gold does not say who travels
    assert tv.pair_gold_matches(gold, "person:joko-widodo", "IDN", "AUS") == [0]
    assert tv.pair_gold_matches(gold, "country:IDN", "IDN", "AUS") == [0]
    assert tv.pair_gold_matches(gold, "country:IDN", "IDN", "CHN") == []
    assert tv.pair_gold_matches(gold, "person:joko-widodo", "IDN", "CHN") == [1]
    assert tv.pair_gold_matches(gold, "person:lee-hsien-loong", "SGP", "AUS") == []  # another country's man
    assert tv.pair_gold_matches(gold, "country:MYS", "MYS", "SGP") == [2]
    assert tv.pair_gold_matches(gold, "person:joko-widodo", "IDN", "NZL") == []
