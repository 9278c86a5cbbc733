"""Which counts a reader above a centre does not see (apps/reports/disclosure.py): those
from 1 to 4, and those that, with the number above them, would give one back."""

import datetime

from apps.reports import charts
from apps.reports.disclosure import FEWER_THAN_FIVE, NOT_SHOWN, protect, withheld_cells
from apps.reports.selectors import PeopleServed, Period, PlaceRow, Row, Scope, Week

TOTAL = "total"


def column(total, rows, parents=None):
    """({cell: count}, [(cell, [cells under it])]) for rows under `total` (or under
    their `parents`)."""
    values = {TOTAL: total, **rows}
    under = {}
    for cell in rows:
        under.setdefault((parents or {}).get(cell, TOTAL), []).append(cell)
    return values, list(under.items())


def test_counts_from_one_to_four_are_withheld_and_zero_is_not():
    values, parents = column(50, {"a": 1, "b": 4, "c": 0, "d": 5, "e": 40})
    assert withheld_cells(values, parents) == {"a": FEWER_THAN_FIVE, "b": FEWER_THAN_FIVE}
    values, parents = column(3, {"a": 3, "b": 0})
    assert withheld_cells(values, parents) == {TOTAL: FEWER_THAN_FIVE, "a": FEWER_THAN_FIVE}


def test_one_withheld_row_takes_the_next_smallest_with_it():
    # 43 - 40 - 0 would give the 3 back: the 40 goes too, so "fewer than 5" and "not
    # shown" together make 43 and neither is known.
    values, parents = column(43, {"female": 3, "male": 40, "transgender": 0})
    assert withheld_cells(values, parents) == {"female": FEWER_THAN_FIVE, "male": NOT_SHOWN}


def test_two_withheld_rows_protect_each_other():
    values, parents = column(47, {"female": 3, "male": 40, "transgender": 4})
    assert withheld_cells(values, parents) == {
        "female": FEWER_THAN_FIVE,
        "transgender": FEWER_THAN_FIVE,
    }


def test_the_smallest_other_row_goes_not_the_largest():
    values, parents = column(60, {"a": 2, "b": 30, "c": 8, "d": 20})
    assert withheld_cells(values, parents) == {"a": FEWER_THAN_FIVE, "c": NOT_SHOWN}


def test_a_hidden_district_takes_one_of_its_centres_with_it():
    # Province 40 = districts 3 + 37; district 37 = centres 30 + 7. Hiding district 37
    # (for the 3) would be undone by its centres' sum: its smallest centre goes too.
    values, parents = column(
        40,
        {"d1": 3, "d2": 37, "c1": 3, "c2": 30, "c3": 7},
        parents={"c1": "d1", "c2": "d2", "c3": "d2"},
    )
    assert withheld_cells(values, parents) == {
        "d1": FEWER_THAN_FIVE,
        "c1": FEWER_THAN_FIVE,
        "d2": NOT_SHOWN,
        "c3": NOT_SHOWN,
    }


def test_a_protected_report_withholds_every_table_and_keeps_the_original():
    november = Period(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
    report = PeopleServed(
        period=november,
        scope=Scope(),
        totals={"registration": 15, "all": 15},
        breakdowns={
            "sex": [
                Row("female", "Female", {"registration": 3, "all": 3}),
                Row("male", "Male", {"registration": 12, "all": 12}),
            ],
            "district": [
                Row("Big", "Big", {"registration": 12, "all": 12}),
                Row("Small", "Small", {"registration": 3, "all": 3}),
            ],
        },
        weeks=[Week(datetime.date(2026, 11, 2), {"registration": 15, "all": 15})],
        places={
            "centre_province": [PlaceRow("Punjab", "Punjab", {"registration": 15, "all": 15})],
        },
    )
    shown = protect(report)
    assert shown.hides_small_numbers and not report.hides_small_numbers
    assert shown.totals == {"registration": 15, "all": 15}
    sex = {row.key: row.people for row in shown.breakdowns["sex"]}
    assert sex["female"] == {"registration": FEWER_THAN_FIVE, "all": FEWER_THAN_FIVE}
    assert sex["male"] == {"registration": NOT_SHOWN, "all": NOT_SHOWN}
    assert shown.places["centre_province"][0].people["registration"] == 15
    # Withheld rows go after the others, whatever their size.
    assert [row.key for row in shown.breakdowns["district"]] == ["Big", "Small"]
    assert report.breakdowns["sex"][0].people["registration"] == 3


def test_charts_never_draw_a_withheld_count_to_scale():
    svg = str(
        charts.bar_chart(
            title="Registration by sex", items=[("Female", FEWER_THAN_FIVE), ("Male", 40)]
        )
    )
    assert "Female: fewer than 5" in svg and ">&lt;5</text>" in svg
    assert svg.count('width="0"') == 1
    line = str(
        charts.line_chart(
            title="Weekly",
            x_labels=["W1", "W2", "W3"],
            series=[("all", "All services", [12, FEWER_THAN_FIVE, 9])],
        )
    )
    assert "W2 fewer than 5" in line
    assert line.count("<polyline") == 2 and line.count("<circle") == 2
