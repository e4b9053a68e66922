"""Export benchmark from the database: the bot's real path, submissions table → keyset pages → file.

Fills a fresh database with N filed submissions (bulk INSERTs of the benchmark's generated
records: members, submissions, a status event each), then, in a separate process so the peak
RSS is the export's own, runs `services.export.export(fmt, 全部, path)` exactly as /export and
the CLI do: `SubmissionsService.iter_filed` reads pages of 500 rows on (filed_at, id), each page
in its own transaction. It also reports the longest page (how long one transaction holds
SQLite's write lock while an export runs).

  python bench/export/db_run.py                          50 000 rows to xlsx on SQLite
  python bench/export/db_run.py --count 5000 --format docx
  python bench/export/db_run.py --database-url postgresql+asyncpg://postgres@127.0.0.1/bench
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

CODES = {"已提交": "submitted", "已受理": "accepted", "退回修改": "returned", "未采用": "rejected",
         "市政协采用": "adopted_city", "报送省政协": "reported_prov", "报送全国政协": "reported_nat",
         "省政协采用": "adopted_prov", "全国政协采用": "adopted_nat", "领导批示": "instructed", "办理反馈": "feedback"}


async def fill(url: str, count: int) -> None:
    from sqlalchemy import delete, insert

    from bot.export.records import STATUS_ORDER
    from sample import records
    from storage.db import Database
    from storage.models import Member
    from storage.submissions import Submission, SubmissionEvent

    assert set(CODES) == set(STATUS_ORDER)
    db = Database(url)
    async with db.transaction() as s:
        for table in (SubmissionEvent, Submission):
            await s.execute(delete(table))
        await s.execute(delete(Member).where(Member.telegram_id >= 500000))
    members: dict[str, int] = {}
    batch, events = [], []
    next_id = 1
    for record in records(count):
        if record.member_name not in members:
            async with db.transaction() as s:
                member = Member(telegram_id=500000 + len(members), name=record.member_name, role="member",
                                status="active", chat_started=True, sector=record.sector,
                                special_committee=record.special_committee, unit=record.unit,
                                created_at=record.filed_at)
                s.add(member)
                await s.flush()
                members[record.member_name] = member.id
        code = CODES[record.status]
        batch.append(dict(id=next_id, number=record.number, member_id=members[record.member_name],
                          author_name=record.member_name, title=record.title, category=record.category,
                          situation=record.situation, problem=record.problem, suggestion=record.suggestion,
                          unit=record.unit, status=code, step="preview", editing=False, rev=1,
                          created_at=record.filed_at, updated_at=record.filed_at, filed_at=record.filed_at))
        events.append(dict(submission_id=next_id, actor_tid=1, actor_name="bench", from_status="submitted",
                           to_status=code, kind="status", note=record.last_note,
                           level="city" if record.adoption_levels else None, created_at=record.filed_at))
        next_id += 1
        if len(batch) == 2000:
            async with db.transaction() as s:
                await s.execute(insert(Submission), batch)
                await s.execute(insert(SubmissionEvent), events)
            batch, events = [], []
    if batch:
        async with db.transaction() as s:
            await s.execute(insert(Submission), batch)
            await s.execute(insert(SubmissionEvent), events)
    await db.dispose()


def child(url: str, fmt: str, out_dir: str) -> None:
    from bot import texts
    from bot.services import Services
    from bot.config import load_settings

    settings = load_settings(environ={"DATABASE_URL": url, "ADMIN_IDS": "9001"},
                             dotenv_path=Path("/nonexistent/.env"))
    services = Services.build(settings)
    longest = [0.0]
    original = services.db.transaction

    def timed_transaction():  # noqa: ANN202 - measure how long each page holds its transaction
        class Timed:
            async def __aenter__(self):  # noqa: ANN204
                self.cm = original()
                self.t = time.perf_counter()
                return await self.cm.__aenter__()

            async def __aexit__(self, *exc):  # noqa: ANN002, ANN204
                result = await self.cm.__aexit__(*exc)
                longest[0] = max(longest[0], time.perf_counter() - self.t)
                return result
        return Timed()

    services.db.transaction = timed_transaction
    path = Path(out_dir) / f"db-bench.{fmt}"

    async def run():  # noqa: ANN202
        flt = services.export.filter_for(texts.EXPORT_PERIOD_ALL)
        start = time.perf_counter()
        result = await services.export.export(fmt, flt, path)
        seconds = time.perf_counter() - start
        await services.close()
        return result.count, seconds

    count, seconds = asyncio.run(run())
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"count": count, "seconds": round(seconds, 2), "rss_mb": round(rss, 1),
                      "longest_page_ms": round(longest[0] * 1000, 1), "bytes": path.stat().st_size}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--format", default="xlsx", choices=("xlsx", "csv", "docx"))
    parser.add_argument("--database-url")
    parser.add_argument("--child", nargs=2, metavar=("URL", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.format, args.child[1])
        return 0
    from storage.db import migrate

    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite+aiosqlite:///{folder}/bench.db"
        migrate(url)
        start = time.perf_counter()
        asyncio.run(fill(url, args.count))
        print(f"filled {args.count} submissions in {time.perf_counter() - start:.1f}s")
        out = subprocess.run([sys.executable, __file__, "--format", args.format, "--child", url, folder],
                             capture_output=True, text=True, check=True)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{args.format}: {result['count']} rows from the database in {result['seconds']} s, "
              f"peak RSS {result['rss_mb']} MB, longest page transaction {result['longest_page_ms']} ms, "
              f"file {result['bytes'] / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
