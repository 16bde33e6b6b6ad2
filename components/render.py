"""Safe rendering of untrusted text: Markdown escaping, highlighted spans, spreadsheet-safe CSV.

Article text, titles, URLs and query parameters come from outside: they are shown through
``st.markdown`` only after :func:`escape_markdown` (no ``unsafe_allow_html`` anywhere), or as
``st.text``/``st.code``/dataframe cells.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

# Characters Streamlit's Markdown gives meaning to; "$" starts LaTeX, ":" starts :color[...] and
# emoji shortcodes, "<" and ">" would start HTML (shown as text by Streamlit, escaped anyway).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$:=&^])")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# One Markdown background colour per highlighted kind (Streamlit's :color-background[...] syntax).
HIGHLIGHT_COLOURS = {"evidence": "orange", "visit": "orange", "actor": "blue", "figure": "green", "date": "violet"}


def escape_markdown(text: object) -> str:
    """``text`` as literal Markdown: every special character backslash-escaped, newlines kept.

    >>> escape_markdown("**$20 bn** <b>")
    '\\\\*\\\\*\\\\$20 bn\\\\*\\\\* \\\\<b\\\\>'
    """
    if text is None or (isinstance(text, float) and pd.isna(text)) or text is pd.NA:
        return ""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


# Sentence-long spans are painted first so the short spans inside them (names, dates, amounts) stay visible.
_PAINT_ORDER = {"evidence": 0, "visit": 0}


def highlight_segments(text: str, spans: Iterable[tuple[int, int, str]]) -> list[tuple[str, str | None]]:
    """Cut ``text`` into (piece, kind or None) at the spans (start, end, kind).

    Sentence spans ("evidence", "visit") lie under the others; among the rest a later span wins.

    >>> highlight_segments("Kim met Lee.", [(0, 12, "visit"), (0, 3, "actor")])
    [('Kim', 'actor'), (' met Lee.', 'visit')]
    """
    kinds: list[str | None] = [None] * len(text)
    ordered = sorted(spans, key=lambda s: _PAINT_ORDER.get(s[2], 1))
    for start, end, kind in ordered:
        start, end = max(0, int(start)), min(int(end), len(text))
        for i in range(start, end):
            kinds[i] = kind
    pieces: list[tuple[str, str | None]] = []
    run_start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or kinds[i] != kinds[run_start]:
            pieces.append((text[run_start:i], kinds[run_start]))
            run_start = i
    return pieces


def highlighted_markdown(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """Escaped Markdown of ``text`` with each span on a coloured background, paragraphs kept.

    >>> highlighted_markdown("a $5 b", [(2, 4, "figure")])
    'a :green-background[\\\\$5] b'
    """
    out = []
    for piece, kind in highlight_segments(text, spans):
        if kind is None:
            out.append(escape_markdown(piece))
            continue
        colour = HIGHLIGHT_COLOURS.get(kind, "gray")
        # A highlight may not span a paragraph break: close and reopen it around blank lines.
        parts = re.split(r"(\n\s*\n)", piece)
        for part in parts:
            if not part.strip():
                out.append(part)
            elif kind == "evidence":  # the sentence a chart point came from: also bold; ** must touch the words
                lead, core, trail = re.match(r"(\s*)(.*?)(\s*)$", part, re.S).groups()
                out.append(f"{lead}:{colour}-background[**{escape_markdown(core)}**]{trail}")
            else:
                out.append(f":{colour}-background[{escape_markdown(part)}]")
    return "".join(out).replace("\n", "  \n")


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells cannot run as spreadsheet formulas.

    Cells starting with = + - @ (or a tab or carriage return) get a leading apostrophe, the usual
    defence against CSV injection. Numbers stay numbers.

    >>> neutralise_formulas(pd.DataFrame({"t": ["=1+1", "ok", "-x"], "n": [-1, 2, 3]}))["t"].tolist()
    ["'=1+1", 'ok', "'-x"]
    """
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series) \
                or pd.api.types.is_datetime64_any_dtype(series):
            continue
        as_text = series.astype("string")
        risky = as_text.str.startswith(_FORMULA_START).fillna(False).astype(bool)
        if risky.any():
            out[column] = as_text.where(~risky, "'" + as_text)
    return out


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV (with BOM, so spreadsheets read accents right) of ``frame``, formulas neutralised."""
    return neutralise_formulas(frame).to_csv(index=False).encode("utf-8-sig")


def csv_download(frame: pd.DataFrame, file_name: str, label: str = "Download CSV", key: str | None = None) -> None:
    """An st.download_button for ``frame`` as spreadsheet-safe CSV."""
    import streamlit as st

    st.download_button(label, data=to_csv_bytes(frame), file_name=file_name, mime="text/csv",
                       key=key or f"csv-{file_name}", icon=":material/download:", on_click="ignore")


def selected_ids(event: object) -> list[str]:
    """The ids in ``customdata[0]`` of the points selected in an st.plotly_chart event, in order.

    >>> selected_ids({"selection": {"points": [{"customdata": ["v1"]}, {"customdata": ["v1"]}, {"x": 1}]}})
    ['v1']
    """
    try:
        points = event["selection"]["points"]  # type: ignore[index]
    except (KeyError, TypeError):
        return []
    ids: list[str] = []
    for point in points or []:
        custom = point.get("customdata") if isinstance(point, dict) else None
        value = custom[0] if isinstance(custom, (list, tuple)) and custom else custom
        if isinstance(value, str) and value and value not in ids:
            ids.append(value)
    return ids


def show_article(article: pd.Series, spans: pd.DataFrame, focus: tuple[int, int] | None = None,
                 context_chars: int | None = None) -> None:
    """Show one article: escaped title, source/date/url line and text with spans highlighted.

    ``spans`` has char_start, char_end, kind (see newslens.queries.article_spans); ``focus`` is the
    span drawn as the evidence (orange). With ``context_chars``, only that many characters around
    ``focus`` are shown, cut at paragraph or sentence boundaries when possible.
    """
    import streamlit as st

    text = article.get("text")
    text = text if isinstance(text, str) else ""
    marks = [] if focus is None else [(focus[0], focus[1], "evidence")]
    marks += [(int(s), int(e), str(k)) for s, e, k in zip(spans["char_start"], spans["char_end"], spans["kind"])
              if focus is None or k != "visit"]
    start, stop = 0, len(text)
    if focus is not None and context_chars is not None:
        start = max(0, text.rfind(". ", 0, max(0, focus[0] - context_chars)) + 1)
        stop_at = text.find(". ", min(len(text), focus[1] + context_chars))
        stop = len(text) if stop_at < 0 else stop_at + 1
    shown = text[start:stop]
    local = [(s - start, e - start, k) for s, e, k in marks if s >= start and e <= stop]
    date = article.get("published_date")
    meta = [escape_markdown(article.get("source") or "unknown source"),
            f"{date:%Y-%m-%d}" if isinstance(date, pd.Timestamp) and not pd.isna(date) else "undated"]
    st.markdown(f"#### {escape_markdown(article.get('title') or '(untitled)')}")
    st.caption(" · ".join(meta))
    url = article.get("url")
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        st.text(url)
    body = ("… " if start > 0 else "") + highlighted_markdown(shown, local) + (" …" if stop < len(text) else "")
    st.markdown(body or "_(no text)_")


def safe_dataframe(frame: pd.DataFrame, **kwargs):
    """st.dataframe of ``frame`` with formulas neutralised, so the grid's own "Download as CSV"
    (which Streamlit does not let us switch off) is as safe as csv_download. Returns what
    st.dataframe returns (the selection state when ``on_select`` is set)."""
    import streamlit as st

    return st.dataframe(neutralise_formulas(frame), **kwargs)
