"""Date resolver: each pattern as a table of (text, publication date) -> expected span."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract.dates import DateResolver

D = dt.date
MON_2011_08_08 = D(2011, 8, 8)  # a Monday


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # weekday: the most recent such day, publication day included; future tense -> next one
        ("The envoys spoke by phone on Wednesday.", MON_2011_08_08, ("2011-08-03", "2011-08-03", "day", "on Wednesday")),
        ("The minister spoke to the press on Monday.", MON_2011_08_08, ("2011-08-08", "2011-08-08", "day", "on Monday")),
        ("The two sides will sign the deal on Wednesday.", MON_2011_08_08, ("2011-08-10", "2011-08-10", "day", "on Wednesday")),
        ("Talks resumed late Sunday.", MON_2011_08_08, ("2011-08-07", "2011-08-07", "day", "late Sunday")),
        # parts of a month, without a year: the most recent such month not after publication
        ("Rumours spread in late June.", MON_2011_08_08, ("2011-06-21", "2011-06-30", "month", "late June")),
        ("The talks began in early June.", MON_2011_08_08, ("2011-06-01", "2011-06-10", "month", "early June")),
        ("Prices peaked in mid-March.", MON_2011_08_08, ("2011-03-11", "2011-03-20", "month", "mid-March")),
        ("The plant closed in December.", MON_2011_08_08, ("2010-12-01", "2010-12-31", "month", "in December")),
        ("The plant will reopen in December.", MON_2011_08_08, ("2011-12-01", "2011-12-31", "month", "in December")),
        ("A summit is planned for late June.", D(2012, 5, 30), ("2012-06-21", "2012-06-30", "month", "late June")),
        # weekends and relative periods
        ("Crowds gathered over the weekend.", MON_2011_08_08, ("2011-08-06", "2011-08-07", "day", "over the weekend")),
        ("Sales fell this year.", MON_2011_08_08, ("2011-01-01", "2011-12-31", "year", "this year")),
        ("Sales fell last year.", MON_2011_08_08, ("2010-01-01", "2010-12-31", "year", "last year")),
        ("Talks open next month.", MON_2011_08_08, ("2011-09-01", "2011-09-30", "month", "next month")),
        ("A deal is due next year.", MON_2011_08_08, ("2012-01-01", "2012-12-31", "year", "next year")),
        ("The crew left last week.", MON_2011_08_08, ("2011-08-01", "2011-08-07", "day", "last week")),
        ("He arrives tomorrow.", MON_2011_08_08, ("2011-08-09", "2011-08-09", "day", "tomorrow")),
        # absolute dates
        ("The line opened in 2002.", MON_2011_08_08, ("2002-01-01", "2002-12-31", "year", "in 2002")),
        ("They first met in July 2000.", MON_2011_08_08, ("2000-07-01", "2000-07-31", "month", "July 2000")),
        ("The fair runs August 7-9.", D(2018, 7, 30), ("2018-08-07", "2018-08-09", "day", "August 7-9")),
        ("The deal was signed on Aug. 24.", D(2011, 8, 30), ("2011-08-24", "2011-08-24", "day", "Aug. 24")),
        ("The deal was signed on Aug. 24.", D(2011, 8, 8), ("2010-08-24", "2010-08-24", "day", "Aug. 24")),
        ("The ship docked on 3 March 2012.", MON_2011_08_08, ("2012-03-03", "2012-03-03", "day", "3 March 2012")),
        ("It opened on May 9, 2010.", MON_2011_08_08, ("2010-05-09", "2010-05-09", "day", "May 9, 2010")),
        ("Guests came between April 2 and 15.", MON_2011_08_08, ("2011-04-02", "2011-04-15", "day", "between April 2 and 15")),
        # periods of figures
        ("Exports rose in the first seven months of 2019.", D(2019, 9, 1), ("2019-01-01", "2019-07-31", "month", "the first seven months of 2019")),
        ("Imports grew in January-August.", D(2012, 9, 20), ("2012-01-01", "2012-08-31", "month", "January-August")),
        ("Sales were flat between January and November 2022.", D(2022, 12, 30), ("2022-01-01", "2022-11-30", "month", "between January and November 2022")),
        ("Trade slowed in the first half.", D(2010, 8, 1), ("2010-01-01", "2010-06-30", "month", "the first half")),
        ("Trade slowed in the first quarter.", D(2018, 5, 1), ("2018-01-01", "2018-03-31", "month", "the first quarter")),
        ("Output doubled in early 2012.", MON_2011_08_08, ("2012-01-01", "2012-04-30", "month", "early 2012")),
        ("Trade should triple over the next two years.", D(2013, 10, 7), ("2015-01-01", "2015-12-31", "year", "over the next two years")),
    ],
)
def test__find__patterns(resolver, text, pub, expected):
    spans = resolver.find(text, pub)
    assert len(spans) == 1, spans
    d = spans[0]
    assert (d.start.isoformat(), d.end.isoformat(), d.precision, d.text) == expected
    assert text[d.char_start:d.char_end].strip() == d.text


def test__find__at_the_time_takes_the_context(resolver):
    context = resolver.find("in late June", MON_2011_08_08)[0]
    spans = resolver.find("A paper said at the time that he had changed plans.", MON_2011_08_08, context=context)
    assert [(d.start, d.end, d.precision, d.text) for d in spans] == [(D(2011, 6, 21), D(2011, 6, 30), "month", "at the time")]


def test__find__at_the_time_without_context_is_nothing(resolver):
    assert resolver.find("A paper said at the time that he left.", MON_2011_08_08) == []


def test__find__relative_dates_need_a_publication_date(resolver):
    assert resolver.find("He left on Wednesday and came back next month.", None) == []
    spans = resolver.find("He left in July 2000.", None)
    assert [(d.start, d.precision) for d in spans] == [(D(2000, 7, 1), "month")]


def test__find__offsets_are_shifted(resolver):
    spans = resolver.find("He left on Wednesday.", MON_2011_08_08, offset=100)
    assert (spans[0].char_start, spans[0].char_end) == (108, 120)


def test__find__modal_may_is_not_a_month(resolver):
    assert resolver.find("Russia may also build a power grid.", MON_2011_08_08) == []


def test__find__several_dates_in_order(resolver):
    spans = resolver.find("Trade reached $87 billion last year and may top $100 billion this year.", D(2018, 9, 11))
    assert [d.text for d in spans] == ["last year", "this year"]


def test__find__juche_year_with_the_common_year_in_brackets(resolver):
    text = "On March 17, Juche 38 (1949) the two countries signed an agreement."
    spans = resolver.find(text, D(2011, 8, 27))
    assert [(d.start, d.precision) for d in spans] == [(D(1949, 3, 17), "day")]
    assert text[spans[0].char_start:spans[0].char_end] == "March 17, Juche 38 (1949)"


def test__find__month_with_a_juche_year(resolver):
    spans = resolver.find("One day in November Juche 110 (2021), he visited the farm.", D(2024, 2, 28))
    assert [(d.start, d.end, d.precision) for d in spans] == [(D(2021, 11, 1), D(2021, 11, 30), "month")]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a month of last / this / next year: that year's month, whatever the tense
        ("She was in Hanoi in March last year.", D(2024, 5, 16), ("2023-03-01", "2023-03-31", "month", "in March last year")),
        ("They met in late June of last year.", D(2024, 1, 10), ("2023-06-21", "2023-06-30", "month", "in late June of last year")),
        ("He will come in September this year.", D(2024, 1, 10), ("2024-09-01", "2024-09-30", "month", "in September this year")),
        # negative: "in March" alone is still the most recent March
        ("She was in Hanoi in March.", D(2024, 5, 16), ("2024-03-01", "2024-03-31", "month", "in March")),
        # a plan told as first made: the nearer such month, before or after publication
        ("The trip, initially planned for April, was put off.", D(2014, 9, 23),
         ("2014-04-01", "2014-04-30", "month", "initially planned for April")),
        ("The trip, originally scheduled for March, was put off.", D(2014, 1, 23),
         ("2014-03-01", "2014-03-31", "month", "originally scheduled for March")),
        # negative: a plain plan is ahead
        ("The trip is planned for April.", D(2014, 9, 23), ("2015-04-01", "2015-04-30", "month", "for April")),
        # seasons: the year
        ("The visit is off this autumn.", D(2014, 9, 23), ("2014-01-01", "2014-12-31", "year", "this autumn")),
        ("We expect you next spring.", D(2022, 12, 30), ("2023-01-01", "2023-12-31", "year", "next spring")),
        ("We expect you next spring.", D(2022, 1, 30), ("2022-01-01", "2022-12-31", "year", "next spring")),
        ("It happened in the summer of 2019.", D(2022, 1, 30), ("2019-01-01", "2019-12-31", "year", "summer of 2019")),
    ],
)
def test__find__relative_years_plans_and_seasons(resolver, text, pub, expected):
    spans = resolver.find(text, pub)
    assert len(spans) == 1, spans
    d = spans[0]
    assert (d.start.isoformat(), d.end.isoformat(), d.precision, d.text) == expected


def test__find__a_fall_in_prices_is_no_season(resolver):
    assert resolver.find("A fall in prices hit exporters.", D(2022, 1, 30)) == []


@pytest.mark.parametrize(
    ("text", "expected_month"),
    [
        # "the following/previous/same year" counts from the story's last date, not from publication
        ("The envoy returned in June the following year.", "2016-06"),
        ("The envoy had come in October the previous year.", "2014-10"),
        ("A second round was held in May the same year.", "2015-05"),
        # "last/next year" still counts from publication
        ("The envoy came in March last year.", "2018-03"),
    ],
)
def test__month_of_a_relative_year__counts_from_the_right_date(resolver, text, expected_month):
    from newslens.extract.dates import DateSpan

    earlier = DateSpan(D(2015, 3, 1), D(2015, 3, 31), "month", "in March 2015")
    (span,) = resolver.find(text, D(2019, 5, 10), context=earlier)
    assert span.start.isoformat()[:7] == expected_month
    assert span.precision == "month"


def test__month_of_the_following_year__without_a_story_date_counts_from_publication(resolver):
    (span,) = resolver.find("The envoy returned in June the following year.", D(2019, 5, 10))
    assert span.start == D(2020, 6, 1)


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # round 12: "this <weekday>" / "this weekend" is that day of the publication's week (Monday to Sunday),
        # ahead or behind, whatever the tense
        ("She has decided not to fly out for the opening this Friday.", MON_2011_08_08,
         ("2011-08-12", "2011-08-12", "day", "this Friday")),
        ("The ministers gather this weekend, aides said.", MON_2011_08_08,
         ("2011-08-13", "2011-08-14", "day", "this weekend")),
        ("The parade this Monday drew crowds.", D(2011, 8, 10), ("2011-08-08", "2011-08-08", "day", "this Monday")),
        # ... except that a future one said at the end of the week is the next day, not six days back
        ("He will fly to Tokyo this Monday.", D(2024, 6, 9), ("2024-06-10", "2024-06-10", "day", "this Monday")),
        ("The envoys will meet this Saturday.", D(2024, 6, 9), ("2024-06-15", "2024-06-15", "day", "this Saturday")),
        # "last <weekday>" said the day after is the week before (the day before would be "yesterday")
        ("On last Thursday, the envoys met.", D(2011, 8, 12), ("2011-08-04", "2011-08-04", "day", "last Thursday")),
        # negative: further back in the same week stays in that week
        ("The envoys met last Tuesday.", D(2011, 8, 12), ("2011-08-09", "2011-08-09", "day", "last Tuesday")),
    ],
)
def test__find__this_weekday_and_last_weekday(resolver, text, pub, expected):
    spans = resolver.find(text, pub)
    assert len(spans) == 1, spans
    d = spans[0]
    assert (d.start.isoformat(), d.end.isoformat(), d.precision, d.text) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # round 12: "last <Month>" said in that month or the month after is the year before
        ("The envoy came last July.", D(2001, 8, 4), ("2000-07-01", "2000-07-31", "month", "last July")),
        ("The envoy came last August.", D(2001, 8, 4), ("2000-08-01", "2000-08-31", "month", "last August")),
        # negative: further back it is the most recent such month
        ("The envoy came last March.", D(2001, 8, 4), ("2001-03-01", "2001-03-31", "month", "last March")),
    ],
)
def test__find__last_month_name_just_gone_is_the_year_before(resolver, text, pub, expected):
    spans = resolver.find(text, pub)
    assert len(spans) == 1, spans
    d = spans[0]
    assert (d.start.isoformat(), d.end.isoformat(), d.precision, d.text) == expected


def test__find__later_this_month_is_ahead(resolver):
    """Round 16: "later this month" is future wording (FUTURE_RE): a plan's words, not a trip made."""
    from newslens.extract.dates import FUTURE_RE
    assert FUTURE_RE.search("She will attend the summit later this month.") is not None
    assert FUTURE_RE.search("He has accepted the invitation to go there later this year.") is not None
    assert FUTURE_RE.search("They met later that month.") is None  # (negative) a past "later that month"


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        # round 17: a count of months or years from the story's day, in a sentence about what is ahead or gone
        ("The cup will be held in Qatar two months later.", dt.date(2012, 7, 22), ("2012-09-01", "2012-09-30", "month")),
        ("He visited the country two years ago.", dt.date(2012, 7, 22), ("2010-01-01", "2010-12-31", "year")),
        # the date that follows says it better: "a year ago, in July 2000"
        ("He made his first trip a year ago, in July 2000.", dt.date(2001, 7, 16), ("2000-07-01", "2000-07-31", "month")),
    ],
)
def test__find__a_count_of_months_or_years_from_the_story(resolver, text, pub, expected):
    spans = resolver.find(text, pub)
    assert len(spans) == 1, spans
    d = spans[0]
    assert (d.start.isoformat(), d.end.isoformat(), d.precision) == expected


def test__find__later_in_a_past_story_is_no_date(resolver):
    # (negative) "two months later" after a past event counts from that event, not from the story
    assert resolver.find("The team returned home two months later.", dt.date(2012, 7, 22)) == []
