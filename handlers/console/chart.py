"""The overview's bar chart of submissions per week, drawn as inline SVG on the server.

No script and no chart library: the page stays readable on a phone and in a printout.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from bot import texts
from bot.console.overview import WeekCount

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 220, 34, 28, 12


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str


def bars(weeks: tuple[WeekCount, ...]) -> tuple[list[Bar], int]:
    """Bar geometry and the y-axis maximum (at least 1, so an empty half-year still draws)."""
    top = max([w.count for w in weeks] + [1])
    step = (WIDTH - LEFT) / max(len(weeks), 1)
    plot = HEIGHT - BOTTOM - TOP
    out = []
    for i, week in enumerate(weeks):
        h = plot * week.count / top
        label = texts.CONSOLE["chart_bar"].format(day=f"{week.monday.month}月{week.monday.day}日", count=week.count)
        out.append(Bar(LEFT + i * step + 1, TOP + plot - h, max(step - 2, 1), h, label))
    return out, top


def weekly_svg(weeks: tuple[WeekCount, ...]) -> Markup:
    shapes, top = bars(weeks)
    base = HEIGHT - BOTTOM
    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-label="{escape(texts.CONSOLE["chart_title"])}" xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH}" y2="{base}" stroke="#999"/>',
             f'<text x="{LEFT - 4}" y="{TOP + 10}" text-anchor="end" font-size="11">{top}</text>',
             f'<text x="{LEFT - 4}" y="{base}" text-anchor="end" font-size="11">0</text>']
    for i, bar in enumerate(shapes):
        parts.append(f'<rect x="{bar.x:.1f}" y="{bar.y:.1f}" width="{bar.width:.1f}" height="{bar.height:.1f}" '
                     f'fill="#b22222"><title>{escape(bar.label)}</title></rect>')
        if i % 4 == 0 and weeks:
            day = weeks[i].monday
            parts.append(f'<text x="{bar.x:.1f}" y="{HEIGHT - 8}" font-size="11">{day.month}/{day.day}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
