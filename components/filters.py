"""The sidebar filters, kept in the URL, shared by every page: ``state = sidebar_filters(dataset)``.

components/frame.py draws them in the entrypoint before the chosen page, so they keep their values
across pages. Topics, dates, sources, statuses, scope and minimum confidence are bound to the URL
with ``bind="query-params"`` (the widget key is the parameter: ``?status=cancelled&min_conf=0.5``);
Streamlit seeds them from a link, keeps them in the address on every page, drops a value equal
to the default and ignores an invalid one. Actors are the exception: a bound multiselect writes
its option *labels* into the URL, and an actor's label carries its article count ("Person: Kim
Jong Il (6)"), which changes whenever the dataset grows, so a link would break. The actor widget
keeps ids instead (``?actor=person:kim-jong-il``), seeded from the URL when a session starts and
written back with ``st.query_params`` on every run. The URL format is the one of
``FilterState.to_query_params`` (newslens/filters.py) in both cases.

Invalid link values are dropped with a quiet toast naming them, once per session.
``?present=1`` (presentation mode) draws no widgets: the state is read from the URL alone.
"""
from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

import streamlit as st

from components import data
from components.render import escape_markdown
from newslens import queries
from newslens.filters import (PARAM_ACTORS, PARAM_DATES, PARAM_MIN_CONFIDENCE, PARAM_SCOPE, PARAM_SOURCES,
                              PARAM_STATUSES, PARAM_TOPICS, PARAMS, SCOPES, FilterState)
from newslens.schema import VISIT_STATUSES
from newslens.store import Dataset

PRESENT_PARAM = "present"
_NOTICED_KEY = "_newslens_url_notices"  # messages already shown this session, so a toast shows once


def is_presenting() -> bool:
    """True when the URL asks for presentation mode (``?present=1``)."""
    return st.query_params.get(PRESENT_PARAM, "") in ("1", "true", "yes")


def actor_label(name: str, kind: str, n_articles: int) -> str:
    """The label of an actor in the multiselect: "Person: Kim Jong Il (12)" (the URL holds the id)."""
    return f"{queries.actor_kind_label(kind)}: {name} ({n_articles})"


def _options(dataset: Dataset) -> dict:
    """Option lists for the widgets, computed once per dataset (cached through components.data)."""
    if dataset.path and dataset.path == data.current_path():
        base = FilterState()
        actors = data.query("actor_options", base)
        topics = data.query("topic_options", base)
        sources = data.query("source_options", base)
        span = data.query("date_span", base)
    else:
        actors, topics = queries.actor_options(dataset), queries.topic_options(dataset)
        sources, span = queries.source_options(dataset), queries.date_span(dataset)
    labels = {row.actor_id: actor_label(row.name, row.kind, row.n_articles) for row in actors.itertuples(index=False)}
    return {"actor_labels": labels, "topics": list(topics["topic"]), "sources": list(sources["source"]),
            "span": (span[0].date(), span[1].date()) if span else None}


def _raw_params() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in PARAMS if k in st.query_params}


def _notice(messages: list[str], prefix: str = "Ignored in the link") -> None:
    """Tell the user quietly (a toast, once per session) which link values were ignored."""
    seen = st.session_state.setdefault(_NOTICED_KEY, set())
    for message in messages:
        if message not in seen:
            seen.add(message)
            # the message quotes the URL's own text: escaped, so "[x](javascript:...)" stays text
            st.toast(f"{prefix}: {escape_markdown(message[:300])}", icon="ℹ️")


def _state_from_url(raw: dict[str, list[str]], options: dict) -> tuple[FilterState, list[str]]:
    """The state the URL describes; unknown actors, topics and sources are dropped with a warning.

    An actor may be given by id or by its label (links made before the URL held ids).
    """
    by_label = {label: actor_id for actor_id, label in options["actor_labels"].items()}
    params = dict(raw)
    if PARAM_ACTORS in params:
        params[PARAM_ACTORS] = [by_label.get(v, v) for v in params[PARAM_ACTORS]]
    state, warnings = FilterState.from_query_params(params)
    state, unknown = state.without_unknown(set(options["actor_labels"]), set(options["topics"]), set(options["sources"]))
    return _clip_dates(state, options["span"]), warnings + unknown


def _clip_dates(state: FilterState, span: tuple[dt.date, dt.date] | None) -> FilterState:
    """Dates covering the whole span mean "no date filter" (undated articles stay in)."""
    if span is None:
        return FilterState(**{**state.__dict__, "date_from": None, "date_to": None})
    date_from = state.date_from if state.date_from and state.date_from > span[0] else None
    date_to = state.date_to if state.date_to and state.date_to < span[1] else None
    return FilterState(**{**state.__dict__, "date_from": date_from, "date_to": date_to})


WIDGET_KEYS = PARAMS  # each filter widget's key is its URL parameter
_SPAN_KEY = "_newslens_filter_span"  # the dataset's date span the date widget was drawn for
_SEEDED_KEY = "_newslens_filters_seeded"  # the session has read its link
_LINK_DATES_KEY = "_newslens_link_dates"  # the range the link's dates should give (first run only)
_PENDING_DATES_KEY = "_newslens_pending_dates"  # that range, to set at the start of the next run
_SHARE_SLOT_KEY = "_newslens_share_slot"  # (sidebar container, state) for share_panel() at the end of a run


def _seed_from_url(raw: dict[str, list[str]], options: dict) -> list[str]:
    """At the start of a session: the actors the link names, and what the link holds that is invalid.

    The bound widgets read their own parameters; this only reports the values they will ignore.
    """
    if st.session_state.get(_SEEDED_KEY):
        return []
    st.session_state[_SEEDED_KEY] = True
    if not raw:
        return []
    state, warnings = _state_from_url(raw, options)
    st.session_state[PARAM_ACTORS] = list(state.actors)
    if PARAM_DATES in raw and options["span"]:
        wanted, notes = _dates_from_link(raw[PARAM_DATES], options["span"])
        st.session_state[_LINK_DATES_KEY] = wanted
        _notice(notes, prefix="From the link")
    return warnings


def _dates_from_link(values: list[str], span: tuple[dt.date, dt.date]) -> tuple[tuple, list[str]]:
    """The date range a link's ``dates`` should give in this dataset, and what was changed.

    Invalid or reversed dates give the whole span (FilterState.from_query_params says why); a range
    reaching past the articles is cut to them, with a note.

    >>> _dates_from_link(["2011-09-01", "2013-01-01"], (dt.date(2011, 1, 1), dt.date(2012, 12, 31)))
    ((datetime.date(2011, 9, 1), datetime.date(2012, 12, 31)), ['dates: the articles end on 2012-12-31; the range is cut there'])
    >>> _dates_from_link(["2012-01-01", "2011-07-01"], (dt.date(2011, 1, 1), dt.date(2012, 12, 31)))[0]
    (datetime.date(2011, 1, 1), datetime.date(2012, 12, 31))
    """
    first, last = span
    state, warnings = FilterState.from_query_params({PARAM_DATES: values})
    if warnings:
        return span, []  # already reported by _state_from_url
    notes = []
    start, end = state.date_from or first, state.date_to or last
    if start > last or end < first:
        return span, [f"{PARAM_DATES}: no article was published between {start} and {end}; all dates are shown"]
    if start < first:
        notes.append(f"{PARAM_DATES}: the articles start on {first}; the range is cut there")
    if end > last:
        notes.append(f"{PARAM_DATES}: the articles end on {last}; the range is cut there")
    return (max(start, first), min(end, last)), notes


def _clamp_dates(value, first: dt.date, last: dt.date) -> tuple:
    """The date widget's value kept inside the dataset's span (another dataset may have been opened).

    >>> _clamp_dates((dt.date(2000, 1, 1), dt.date(2011, 5, 1)), dt.date(2011, 1, 1), dt.date(2011, 12, 31))
    (datetime.date(2011, 1, 1), datetime.date(2011, 5, 1))
    """
    chosen = tuple(value) if isinstance(value, (tuple, list)) else ((value,) if value else ())
    if not chosen or (chosen[0] and chosen[0] > last) or (len(chosen) > 1 and chosen[1] and chosen[1] < first):
        return (first, last)  # nothing of the chosen range in this dataset: all of it
    start = min(max(chosen[0] or first, first), last)
    if len(chosen) < 2:
        return (start,)  # the user has picked the first day of a range and not yet the second
    end = max(min(chosen[1] or last, last), start)
    return (start, end)


def _is_history_navigation() -> bool:
    """True in a run started by the browser's back or forward button.

    Streamlit then gives the bound widgets the values of that URL; the actors (not bound) follow.
    A page switch is not one: it carries only the bound parameters, so the actors stay as chosen.
    """
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    return bool(getattr(ctx, "is_history_navigation", False))


def _sync_actors(state: FilterState) -> None:
    """Write the chosen actor ids into the address (the other filters are bound by Streamlit)."""
    wanted = list(state.actors)
    if st.query_params.get_all(PARAM_ACTORS) != wanted:
        if wanted:
            st.query_params[PARAM_ACTORS] = wanted
        elif PARAM_ACTORS in st.query_params:
            del st.query_params[PARAM_ACTORS]


_RESET_KEY = "_newslens_reset_filters"  # set by request_reset(): the next run starts from the defaults


def request_reset() -> None:
    """Make the next run start with every filter at its default (call before st.rerun()).

    For code that runs after the widgets are drawn (e.g. the Data page switching dataset), where
    Streamlit no longer lets a widget's value be set in this run.
    """
    st.session_state[_RESET_KEY] = True


def _reset(options: dict) -> None:
    """Put every widget back to its default (bound parameters then leave the URL): on_click of
    Reset, and at the start of the run after request_reset()."""
    for key in (PARAM_ACTORS, PARAM_TOPICS, PARAM_SOURCES, PARAM_STATUSES):
        st.session_state[key] = []
    st.session_state[PARAM_SCOPE] = "all"
    st.session_state[PARAM_MIN_CONFIDENCE] = 0.0
    if options["span"]:  # set, not removed: a removed bound widget would take the URL's dates again
        st.session_state[PARAM_DATES] = options["span"]


def sidebar_filters(dataset: Dataset) -> FilterState:
    """Draw the filter widgets in the sidebar (none in presentation mode); return the chosen state."""
    options = _options(dataset)
    raw = _raw_params()
    if is_presenting():
        state, warnings = _state_from_url(raw, options)
        _notice(warnings)
        return state
    _notice(_seed_from_url(raw, options))
    if st.session_state.pop(_RESET_KEY, False):
        _reset(options)
    elif _is_history_navigation():
        st.session_state[PARAM_ACTORS] = list(_state_from_url(raw, options)[0].actors)
    labels = options["actor_labels"]
    with st.sidebar:
        st.subheader("Filters")
        st.session_state[PARAM_ACTORS] = [a for a in st.session_state.get(PARAM_ACTORS, []) if a in labels]
        actors = st.multiselect(
            "Actors", list(labels), format_func=labels.__getitem__, key=PARAM_ACTORS,
            placeholder="Type a name…", help="Countries first, then people and organisations; (n) = articles naming them.")
        topics = st.multiselect("Topics", options["topics"], key=PARAM_TOPICS, placeholder="All topics",
                                bind="query-params")
        date_from = date_to = None
        if options["span"]:
            first, last = options["span"]
            pending = st.session_state.pop(_PENDING_DATES_KEY, None)
            if pending is not None:  # the link's dates, corrected in the run before (see _dates_from_link)
                st.session_state[PARAM_DATES] = pending
            elif _SPAN_KEY in st.session_state and st.session_state[_SPAN_KEY] != (first, last):
                st.session_state[PARAM_DATES] = (first, last)  # another dataset: its whole span
            elif PARAM_DATES in st.session_state:
                current = st.session_state[PARAM_DATES]
                clamped = _clamp_dates(current, first, last)
                if tuple(current or ()) != clamped:
                    st.session_state[PARAM_DATES] = clamped
            st.session_state[_SPAN_KEY] = (first, last)
            chosen = st.date_input("Published between", value=(first, last), min_value=first, max_value=last,
                                   key=PARAM_DATES, format="YYYY-MM-DD", bind="query-params")
            chosen = tuple(chosen) if isinstance(chosen, (tuple, list)) else (chosen,)
            wanted = st.session_state.pop(_LINK_DATES_KEY, None)
            if wanted is not None and chosen != wanted:  # Streamlit took the link's dates as they were
                st.session_state[_PENDING_DATES_KEY] = wanted
                st.rerun()
            date_from = chosen[0] if len(chosen) > 0 and chosen[0] else None
            date_to = chosen[1] if len(chosen) > 1 and chosen[1] else None
        else:
            st.caption("No article carries a date: the date filter is off.")
        sources = st.multiselect("Sources", options["sources"], key=PARAM_SOURCES, placeholder="All sources",
                                 bind="query-params")
        statuses = st.multiselect("Visit status", list(VISIT_STATUSES), key=PARAM_STATUSES,
                                  placeholder="All statuses", bind="query-params")
        scope = st.radio("Visits", list(SCOPES), key=PARAM_SCOPE,
                         horizontal=True, help="Foreign trips, or leaders touring their own country.",
                         bind="query-params")
        min_confidence = st.slider("Minimum confidence", 0.0, 1.0, 0.0, step=0.05, key=PARAM_MIN_CONFIDENCE,
                                   bind="query-params")
        state = FilterState(actors=tuple(actors), topics=tuple(topics), date_from=date_from, date_to=date_to,
                            sources=tuple(sources), statuses=tuple(statuses), scope=scope,
                            min_confidence=float(min_confidence))
        state = _clip_dates(state, options["span"])
        _sync_actors(state)
        st.button("Reset filters", on_click=_reset, args=(options,), disabled=state.is_default, width="stretch")
        st.session_state[_SHARE_SLOT_KEY] = (st.container(), state)  # filled by share_panel() after the page
    return state


def share_panel() -> None:
    """"Share this view" in the sidebar: the link of the current view and its presentation link.

    components/frame.py calls it after the page has run, so the link also carries the page's own
    parameters (the Articles search, the Trade pair...). Drawn only when open: st.code loads a
    large highlighter bundle that would slow the first paint.
    """
    slot, state = st.session_state.pop(_SHARE_SLOT_KEY, (None, None))
    if slot is None:
        return
    share = slot.expander("Share this view", key="share_view", on_change="rerun")
    if not share.open:
        return
    own = {key: st.query_params.get_all(key) for key in st.query_params
           if key not in WIDGET_KEYS and key != PRESENT_PARAM}
    query = urlencode({**state.to_query_params(), **own}, doseq=True)
    base = st.context.url or ""
    with share:
        st.caption("Copy the link (the icon at the right of the box copies it):")
        st.code(f"{base}?{query}" if query else base or "(no filters)", language=None, wrap_lines=True)
        present = f"{base}?{query + '&' if query else ''}{PRESENT_PARAM}=1"
        st.caption("Presentation link (no sidebar controls):")
        st.code(present, language=None, wrap_lines=True)


def describe(state: FilterState, dataset: Dataset | None = None) -> str:
    """A one-line plain-text summary of the active filters, e.g. "status: occurred · scope: foreign"."""
    if state.is_default:
        return "No filters"
    names = dict(zip(dataset.actors["actor_id"], dataset.actors["name"])) if dataset is not None else {}
    parts = []
    if state.actors:
        parts.append("actors: " + ", ".join(names.get(a, a) for a in state.actors))
    if state.topics:
        parts.append("topics: " + ", ".join(state.topics))
    if state.date_from or state.date_to:
        parts.append(f"published {state.date_from or '…'} to {state.date_to or '…'}")
    if state.sources:
        parts.append("sources: " + ", ".join(state.sources))
    if state.statuses:
        parts.append("status: " + ", ".join(state.statuses))
    if state.scope != "all":
        parts.append(f"scope: {state.scope}")
    if state.min_confidence:
        parts.append(f"confidence ≥ {state.min_confidence:g}")
    return " · ".join(parts)
