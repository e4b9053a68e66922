"""Benchmark of 社情民意 filing: numbers under concurrency, the similar-item check, iter_filed.

    python bench/submissions/run.py [--items 2000] [--processes 4] [--concurrency 8] [--database-url URL]

Without --database-url it uses a fresh SQLite file under /tmp. Drafts are written straight
into the table at the preview step (the guided form is not what is measured); then they are
filed concurrently from several Services objects (as several bot processes would), and every number
is checked to be distinct and gapless.
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
from bot.services import Services  # noqa: E402
from storage.db import migrate  # noqa: E402
from storage.models import Member  # noqa: E402
from storage.submissions import Submission  # noqa: E402

TOPICS = ["老旧小区加装电梯", "海水浴场救生设施", "中小学课后服务", "公交线路优化", "社区养老食堂", "浒苔清理",
          "停车难", "垃圾分类", "农村饮水安全", "夜间经济", "小微企业融资", "口腔医疗收费"]


async def main(items: int, processes: int, concurrency: int, url: str) -> None:
    await asyncio.to_thread(migrate, url)
    clock = FrozenClock(datetime(2026, 11, 2, 1, 0, tzinfo=timezone.utc))
    settings = load_settings(environ={"DATABASE_URL": url, "ADMIN_IDS": "9001"}, dotenv_path=Path("/nonexistent"))
    pool = [Services.build(settings, clock) for _ in range(processes)]
    await pool[0].start()
    members = max(1, items // 10)
    now = clock.now()
    async with pool[0].db.transaction() as s:
        rows = [Member(telegram_id=100000 + i, name=f"委员{i}", role="member", status="active", chat_started=True,
                       phone="13800000000", unit="单位", created_at=now) for i in range(members)]
        s.add_all(rows)
        await s.flush()
        for i in range(items):
            topic = TOPICS[i % len(TOPICS)]
            s.add(Submission(member_id=rows[i % members].id, author_name=rows[i % members].name,
                             title=f"关于{topic}的建议（{i}）", category="民生关切",
                             situation=f"{topic}的情况说明，第{i}条。" * 5, problem=f"{topic}存在的问题。" * 5,
                             suggestion=f"关于{topic}的具体建议。" * 5, status="draft", step="preview",
                             editing=False, rev=0, created_at=now, updated_at=now))
    async with pool[0].db.transaction() as s:
        from sqlalchemy import select

        drafts = (await s.execute(select(Submission.id, Member.telegram_id)
                                  .join(Member, Member.id == Submission.member_id))).all()

    gate = asyncio.Semaphore(concurrency)

    async def file_one(i: int, sid: int, tid: int):  # noqa: ANN202
        async with gate:
            return await pool[i % processes].submissions.file(tid, sid)

    start = time.perf_counter()
    results = await asyncio.gather(*[file_one(i, sid, tid) for i, (sid, tid) in enumerate(drafts)])
    elapsed = time.perf_counter() - start
    numbers = sorted(r.view.number for r in results)
    assert numbers == [f"SQMY-2026-{n:04d}" for n in range(1, items + 1)], "numbers not distinct and gapless"
    print(f"filed {items}, {concurrency} at a time from {processes} services: {elapsed:.2f}s ({items / elapsed:.0f}/s), "
          f"numbers distinct and gapless")

    sub = pool[0].submissions
    probe = await sub.start(100000)
    for field, value in (("title", "关于老旧小区加装电梯资金分摊的建议"),):
        await sub.answer(100000, probe.id, field, value)
    start = time.perf_counter()
    runs = 20
    for _ in range(runs):
        similar = await sub.similar(100000, probe.id)
    per = (time.perf_counter() - start) / runs
    print(f"similar-item check over {items} filed items: {per * 1000:.1f} ms per check "
          f"(closest: {similar[0].title if similar else '-'})")

    start = time.perf_counter()
    count = 0
    async for _record in sub.iter_filed():
        count += 1
    elapsed = time.perf_counter() - start
    print(f"iter_filed streamed {count} records in {elapsed:.2f}s ({count / elapsed:.0f}/s)")
    for services in pool:
        await services.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", ""))
    args = parser.parse_args()
    url = args.database_url or f"sqlite+aiosqlite:///{tempfile.mkdtemp()}/bench.db"
    asyncio.run(main(args.items, args.processes, args.concurrency, url))
