"""Actors: who is named, when, with whom, and one actor's profile (role, visits, figures, articles)."""
import streamlit as st

from components import data, frame
from components.charts.actors import cooccurrence_heatmap, mentions_timeline, top_actors_bar
from components.filters import describe
from components.render import csv_download, escape_markdown
from newslens import actor_profile as profiles
from newslens import queries

dataset, state = frame.current()
st.title("Actors")
st.caption(f"Dataset: {data.dataset_label()} · {describe(state, dataset)}")
shown = data.filtered(state)
if shown.mentions.empty:
    st.info("No actor is named in the articles these filters keep. Actors are the countries, people and "
            "organisations of the registry (data/actors); widen the filters to see them.")
    st.stop()

n_top = st.slider("Actors in the charts", 3, 25, 10, key="actors_top", bind="query-params")
top = profiles.top_actors(shown.mentions, shown.actors, n=n_top)
left, right = st.columns(2)
left.altair_chart(top_actors_bar(top), width="stretch")
grains = list(profiles.GRAINS)
grain = right.segmented_control("Time step", grains, default=profiles.default_grain(shown.articles["published_date"]),
                                key="actors_grain", bind="query-params") or "month"
timeline = profiles.mentions_over_time(shown.mentions, shown.articles, shown.actors, list(top["actor_id"][:5]), grain)
if timeline.empty:
    right.info("The articles naming these actors carry no publication date, so there is no timeline.")
else:
    right.altair_chart(mentions_timeline(timeline, grain, f"Articles naming the top {min(5, len(top))} actors, by {grain}"),
                       width="stretch")
st.subheader("Who appears with whom")
pairs = profiles.cooccurrence(shown.mentions, shown.actors, list(top["actor_id"]))
if len(top) < 2 or not (pairs.loc[pairs["actor_a"] != pairs["actor_b"], "n_articles"] > 0).any():
    st.info("No two of these actors are named in the same article.")
else:
    st.altair_chart(cooccurrence_heatmap(pairs), width="content")
    csv_download(pairs, "newslens-actor-cooccurrence.csv", key="actors_pairs_csv")

st.subheader("Profile")
options = queries.actor_options(shown)
labels = {a: f"{queries.actor_kind_label(k)}: {n}" for a, k, n in zip(options["actor_id"], options["kind"], options["name"])}
chosen = st.selectbox("Actor", list(labels), format_func=labels.__getitem__, key="actors_profile", bind="query-params")
try:
    profile = profiles.actor_profile(shown, chosen)
except KeyError:
    st.info("This actor takes part in visits but is not named in the kept articles' text.")
    st.stop()
facts = [f"**{escape_markdown(profile.name)}** · {queries.actor_kind_label(profile.kind)}"]
if profile.iso3 and profile.kind != "country":
    facts.append(escape_markdown(queries.country_names(shown).get(profile.iso3, profile.iso3)))
if profiles.role_text(profile):
    facts.append(escape_markdown(profiles.role_text(profile)))
st.markdown(" · ".join(facts))
if profile.aliases:
    st.caption("Also written: " + escape_markdown(", ".join(profile.aliases)) +
               (f" · Source: {escape_markdown(profile.source)}" if profile.source else ""))
visit_columns = ["date_start", "visitor_name", "visitor_iso3", "host_iso3", "location_name", "status", "n_articles"]
tabs = st.tabs([f"Visits made ({len(profile.visits_made)})", f"Visits hosted ({len(profile.visits_hosted)})",
                f"Trade figures ({len(profile.figures)})", f"Articles ({len(profile.articles)})"])
tables = [profile.visits_made[visit_columns], profile.visits_hosted[visit_columns],
          profile.figures[["period_start", "metric", "reporter_iso3", "partner_iso3", "value_usd", "qualifier",
                           "amount_text", "title", "source"]],
          profile.articles]
for tab, table, name in zip(tabs, tables, ("visits-made", "visits-hosted", "figures", "articles")):
    with tab:
        if table.empty:
            st.caption("None in the articles these filters keep.")
        else:
            dates = {c: st.column_config.DateColumn(c, format="YYYY-MM-DD") for c in table.columns
                     if str(table[c].dtype).startswith("datetime")}
            st.dataframe(table, hide_index=True, width="stretch", column_config=dates)
            csv_download(table, f"newslens-{chosen.replace(':', '-')}-{name}.csv", key=f"actors_{name}_csv")
