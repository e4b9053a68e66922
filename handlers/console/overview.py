"""概览: the console's first page (figures from bot/console/overview.py, the chart from chart.py)."""

from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web

from bot import texts
from handlers.console.common import admin_of, services_of
from handlers.console.chart import weekly_svg


async def overview_page(request: web.Request) -> web.StreamResponse:
    figures = await services_of(request).console_overview.overview(admin_of(request).telegram_id)
    return aiohttp_jinja2.render_template("overview.html", request, {
        "o": figures, "chart": weekly_svg(figures.weeks), "member_status": texts.STATUS_NAMES,
        "sub_status": texts.SUB_STATUS_NAMES, "week_total": sum(w.count for w in figures.weeks)})
