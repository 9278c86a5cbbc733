"""Charts drawn on the server as SVG: no script, no library, no CDN, printable.

Every chart is an <svg role="img"> with a <title> and a <desc> giving the numbers; the
page shows the same numbers in a table next to it. Sizes are in viewBox units, so a
chart scales with its box (CSS sets the width). The SVG is always laid out left to
right (direction="ltr", explicit text-anchor); for a right-to-left page it is mirrored
by computing the coordinates from the right, so labels stay readable either way.
No style attributes (Content-Security-Policy): colours are presentation attributes or
classes of static/css/reports.css.

A value that is not a number (a count withheld from the reader, disclosure.Withheld) is
never drawn to scale: a bar gets no length, only its short text ("<5"); a line leaves a
gap there. Its full text ("fewer than 5") is in the titles and the description.
"""

from __future__ import annotations

import itertools
import math

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

_ids = itertools.count(1)

# Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), one
# per service; "all" is near-black and drawn thicker.
SERIES_COLOURS = {
    "registration": "#0072B2",
    "counselling": "#E69F00",
    "orientation": "#009E73",
    "referral": "#CC79A7",
    "departure": "#D55E00",
    "all": "#222222",
}
BAR_COLOUR = "#1f6f50"  # the portal's green

BAR_WIDTH = 320
BAR_LABEL_MAX = 40  # characters; the full label is in the bar's <title> and the table


def _drawn(value) -> bool:
    """A number drawn to scale; anything else (a withheld count) is only named."""
    return isinstance(value, int)


def _value_text(value) -> str:
    return str(value) if _drawn(value) else getattr(value, "short", str(value))


def _short(label: str) -> str:
    return label if len(label) <= BAR_LABEL_MAX else label[: BAR_LABEL_MAX - 1] + "…"


def _svg(*, width: int, height: int, title: str, desc: str, body: str, css_class: str):
    chart_id = f"chart-{next(_ids)}"
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="reports-chart {css_class}" '
        'viewBox="0 0 {width} {height}" role="img" direction="ltr" '
        'aria-labelledby="{id}-title {id}-desc" preserveAspectRatio="xMidYMin meet">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>{body}</svg>',
        css_class=css_class,
        width=width,
        height=height,
        id=chart_id,
        title=title,
        desc=desc,
        body=body,
    )


def bar_chart(*, title: str, items: list[tuple[str, int]], rtl: bool = False) -> SafeString:
    """Horizontal bars, one per (label, value): the label above its bar, the value at
    the bar's end. Right to left: labels on the right, bars growing leftwards."""
    pad, value_room = 4, 44
    row = 46 if rtl else 38  # Nastaliq needs taller lines
    label_y, bar_y, bar_h = (20, 27, 13) if rtl else (15, 20, 13)
    height = max(row * len(items), row) + 2
    longest = max((value for _label, value in items if _drawn(value)), default=0)
    span = BAR_WIDTH - 2 * pad - value_room
    parts = []
    for i, (label, value) in enumerate(items):
        top = i * row
        if not longest or not _drawn(value):
            length = 0
        else:
            length = max(round(span * value / longest, 1), 1 if value else 0)
        if rtl:
            # The label reads right to left (so "18 سے 24" keeps its order); "start"
            # of a right-to-left text is its right edge.
            label_x, anchor = BAR_WIDTH - pad, "start"
            bar_x = BAR_WIDTH - pad - length
            value_x, value_anchor = bar_x - 5, "end"
        else:
            label_x, anchor = pad, "start"
            bar_x = pad
            value_x, value_anchor = pad + length + 5, "start"
        parts.append(
            format_html(
                '<g class="reports-bar"><title>{full}: {value}</title>'
                '<text x="{lx}" y="{ly}" text-anchor="{anchor}" direction="{direction}" '
                'class="reports-label">{label}</text>'
                '<rect x="{bx}" y="{by}" width="{bw}" height="{bh}" rx="2" fill="{fill}"/>'
                '<text x="{vx}" y="{vy}" text-anchor="{vanchor}" class="reports-value">'
                "{shown}</text>"
                "</g>",
                full=label,
                value=value,
                lx=label_x,
                ly=top + label_y,
                anchor=anchor,
                direction="rtl" if rtl else "ltr",
                label=_short(label),
                bx=bar_x,
                by=top + bar_y,
                bw=length,
                bh=bar_h,
                fill=BAR_COLOUR,
                vx=value_x,
                vy=top + bar_y + bar_h - 2,
                vanchor=value_anchor,
                shown=_value_text(value),
            )
        )
    desc = "; ".join(f"{label}: {value}" for label, value in items)
    return _svg(
        width=BAR_WIDTH,
        height=height,
        title=title,
        desc=desc,
        body=mark_safe("".join(parts)),
        css_class="reports-bar-chart",
    )


def _nice_ceiling(value: int) -> int:
    """A round top for the y axis: four equal whole steps, each a round number."""
    wanted = max(value, 1) / 4
    magnitude = 10 ** math.floor(math.log10(wanted)) if wanted >= 1 else 1
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        candidate = step * magnitude
        if candidate >= wanted and candidate == int(candidate):
            return int(candidate) * 4
    return 40 * magnitude  # pragma: no cover (10 x magnitude always fits)


def line_chart(
    *,
    title: str,
    x_labels: list[str],
    series: list[tuple[str, str, list[int]]],
    rtl: bool = False,
) -> SafeString:
    """One line per (key, label, values) over the x labels (weeks), with a y axis from 0.
    Right to left: time runs from right to left and the y axis stands on the right."""
    width, height = 400, 230
    left, right, top, bottom = 34, 12, 10, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    highest = _nice_ceiling(
        max((max(filter(_drawn, values), default=0) for *_k, values in series), default=0)
    )
    count = len(x_labels)

    def x_at(index: int) -> float:
        x = left + (plot_w / 2 if count == 1 else plot_w * index / (count - 1))
        return round(width - x if rtl else x, 1)

    def y_at(value: int) -> float:
        return round(top + plot_h - plot_h * value / highest, 1)

    axis_x = width - left + 6 if rtl else left - 6
    axis_anchor = "start" if rtl else "end"
    grid_from, grid_to = (right, width - left) if rtl else (left, width - right)
    parts = []
    for tick in range(5):
        value = highest * tick // 4
        y = y_at(value)
        parts.append(
            format_html(
                '<line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" class="reports-grid"/>'
                '<text x="{tx}" y="{ty}" text-anchor="{anchor}" class="reports-tick">'
                "{value}</text>",
                x1=grid_from,
                x2=grid_to,
                y=y,
                tx=axis_x,
                ty=y + 4,
                anchor=axis_anchor,
                value=value,
            )
        )
    # At most about eight labels under the axis, whatever the number of weeks.
    every = max(1, math.ceil(count / 8))
    parts.extend(
        format_html(
            '<text x="{x}" y="{y}" text-anchor="middle" class="reports-tick">{label}</text>',
            x=x_at(index),
            y=height - bottom + 16,
            label=label,
        )
        for index, label in enumerate(x_labels)
        if index % every == 0
    )
    for key, label, values in series:
        colour = SERIES_COLOURS.get(key, "#555555")
        # One line through each run of drawn values: a withheld one leaves a gap.
        runs = [
            list(run)
            for drawn, run in itertools.groupby(enumerate(values), key=lambda p: _drawn(p[1]))
            if drawn
        ]
        lines = format_html_join(
            "",
            '<polyline points="{}" fill="none" stroke="{}" stroke-width="{}" '
            'stroke-linejoin="round"/>',
            (
                (" ".join(f"{x_at(i)},{y_at(v)}" for i, v in run), colour, 3 if key == "all" else 2)
                for run in runs
            ),
        )
        dots = format_html_join(
            "",
            '<circle cx="{}" cy="{}" r="3" fill="{}"><title>{}</title></circle>',
            (
                (x_at(i), y_at(v), colour, f"{label} {x_labels[i]}: {v}")
                for i, v in enumerate(values)
                if _drawn(v)
            ),
        )
        parts.append(
            format_html(
                '<g class="reports-series reports-series-{key}">{lines}{dots}</g>',
                key=key,
                lines=lines,
                dots=dots,
            )
        )
    desc = "; ".join(
        f"{label}: " + ", ".join(f"{x} {v}" for x, v in zip(x_labels, values, strict=True))
        for _key, label, values in series
    )
    return _svg(
        width=width,
        height=height,
        title=title,
        desc=desc,
        body=mark_safe("".join(parts)),
        css_class="reports-line-chart",
    )
