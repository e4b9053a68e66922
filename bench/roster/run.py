"""Benchmark of the roster (委员名册): import, re-import, links, the overview and the export.

    python bench/roster/run.py [--members 500] [--database-url URL]

Without --database-url it uses a fresh SQLite file under /tmp; a URL must name an empty scratch
database. A generated roster of N members (all 界别 and 专委会 of config.toml) is imported as a
CSV, imported again unchanged, then with a tenth of the rows changed; the links sheet, the
overview (/members' counts and the 未加入 list), the roster XLSX and a registration card's
roster match are timed. Half the members then join by their links and the overview is timed again.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.clock import FrozenClock  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.roster.sheets import links_xlsx, roster_xlsx  # noqa: E402
from bot.services import Services  # noqa: E402
from storage.db import migrate  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"


def roster_csv(settings, members: int, changed_every: int = 0) -> bytes:  # noqa: ANN001
    lines = ["姓名,界别,专委会,手机,单位,职务"]
    for i in range(members):
        name = SURNAMES[i % 20] + GIVEN[(i // 20) % 20] + ("" if i < 400 else GIVEN[(i // 400) % 20])
        unit = f"单位{i}" + ("（新）" if changed_every and i % changed_every == 0 else "")
        committee = settings.special_committees[i % len(settings.special_committees)]
        lines.append(f"{name},{settings.sectors[i % len(settings.sectors)]},{committee},{13000000000 + i},{unit},委员")
    return "\n".join(lines).encode("utf-8")


async def timed(label: str, work, results: dict[str, float]):  # noqa: ANN001, ANN201
    started = time.perf_counter()
    value = await work
    results[label] = time.perf_counter() - started
    return value


async def main(members: int, url: str) -> None:
    await asyncio.to_thread(migrate, url)
    settings = load_settings(environ={"DATABASE_URL": url, "ADMIN_IDS": "9001"}, dotenv_path=Path("/nonexistent"))
    services = Services.build(settings, FrozenClock(datetime(2026, 11, 2, 1, 0, tzinfo=timezone.utc)))
    await services.start()
    roster = services.roster
    r: dict[str, float] = {}
    try:
        first = await timed("import (new)", roster.import_file(9001, "名册.csv", roster_csv(settings, members)), r)
        again = await timed("import (unchanged)", roster.import_file(9001, "名册.csv", roster_csv(settings, members)), r)
        changed = await timed("import (1/10 changed)",
                              roster.import_file(9001, "名册.csv", roster_csv(settings, members, 10)), r)
        assert first.added == members and again.unchanged == members and changed.updated == -(-members // 10), \
            (first, again, changed)
        links = await timed("links", roster.links(9001, "bench_bot"), r)
        started = time.perf_counter()
        links_xlsx(links)
        r["links XLSX"] = time.perf_counter() - started
        for i, row in enumerate(links[: members // 2]):
            await services.members.seen(500000 + i, row.name, None, started=True)
            await roster.bind_by_link(500000 + i, row.link.rsplit("=", 1)[1])
        overview = await timed("overview (half joined)", roster.overview(9001), r)
        assert overview.counts["joined"] == members // 2, overview.counts
        started = time.perf_counter()
        roster_xlsx(overview, settings.timezone)
        r["roster XLSX"] = time.perf_counter() - started
        member = await services.members.get(500000)
        await timed("registration card match", roster.match_for(member), r)
    finally:
        await services.close()
    print(f"roster of {members} members on {url.split(':', 1)[0]}")
    for label, seconds in r.items():
        print(f"  {label:<26} {seconds * 1000:8.1f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", ""))
    args = parser.parse_args()
    url = args.database_url or f"sqlite+aiosqlite:///{tempfile.mkdtemp(prefix='bench-roster-')}/bench.db"
    asyncio.run(main(args.members, url))
