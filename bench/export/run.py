"""Export benchmark (make bench-export): generated submissions to XLSX, CSV and DOCX.

Each case runs in its own Python process, so its peak RSS (resource.getrusage,
ru_maxrss) is the export's own and not the sum of earlier cases. The records are
generated lazily (~1 500 Chinese characters each, deterministic) and go through
ExportService exactly as the bot's export does. Targets from the issue:
50 000 to XLSX ≤ 20 s with peak RSS ≤ 300 MB; 5 000 to DOCX ≤ 60 s.

  python bench/export/run.py                 all cases, a table, exit 1 if a target is missed
  python bench/export/run.py --quick         smaller counts (a smoke run)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

# (format, count, seconds limit, RSS limit in MB or None)
CASES = [
    ("xlsx", 50_000, 20.0, 300.0),
    ("csv", 50_000, None, 300.0),
    ("docx", 5_000, 60.0, None),
    ("docx", 10_000, None, None),   # linearity: about twice the 5 000 time
    ("docx", 50_000, None, None),   # and memory stays flat
]
QUICK = [("xlsx", 5_000, None, None), ("csv", 5_000, None, None), ("docx", 1_000, None, None)]


def child(fmt: str, count: int, out_dir: str) -> None:
    from zoneinfo import ZoneInfo

    from sample import records, streaming_source
    from bot.clock import Clock
    from bot.export.records import ExportFilter
    from bot.export.service import ExportService

    t0 = time.perf_counter()
    for _ in records(min(count, 10000)):
        pass
    generate_per_record = (time.perf_counter() - t0) / min(count, 10000)

    service = ExportService(streaming_source(count), committee="青岛市政协", tz=ZoneInfo("Asia/Shanghai"),
                            clock=Clock(), categories=("经济建设", "政治建设", "文化建设", "社会建设",
                                                       "生态文明", "民生关切", "其他"))
    path = Path(out_dir) / f"bench-{count}.{fmt}"
    start = time.perf_counter()
    result = asyncio.run(service.export(fmt, ExportFilter(), path))
    seconds = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"format": fmt, "count": result.count, "seconds": seconds, "rss_mb": rss_mb,
                      "size_mb": path.stat().st_size / 1e6, "generate_s": generate_per_record * count}))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=3, metavar=("FORMAT", "COUNT", "DIR"))
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.child[2])
        return 0

    failed = False
    print(f"{'format':<6} {'items':>7} {'seconds':>8} {'of which generating':>20} {'peak RSS MB':>12} "
          f"{'file MB':>8}  target")
    with tempfile.TemporaryDirectory() as out_dir:
        for fmt, count, limit_s, limit_mb in (QUICK if args.quick else CASES):
            proc = subprocess.run([sys.executable, __file__, "--child", fmt, str(count), out_dir],
                                  capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
            if proc.returncode != 0:
                print(proc.stderr, file=sys.stderr)
                return 1
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            ok = (limit_s is None or r["seconds"] <= limit_s) and (limit_mb is None or r["rss_mb"] <= limit_mb)
            failed |= not ok
            target = " ".join(x for x in (f"≤ {limit_s:.0f} s" if limit_s else "",
                                          f"≤ {limit_mb:.0f} MB" if limit_mb else "") if x) or "-"
            print(f"{fmt:<6} {r['count']:>7} {r['seconds']:>8.1f} {r['generate_s']:>20.1f} {r['rss_mb']:>12.0f} "
                  f"{r['size_mb']:>8.1f}  {target} {'ok' if ok else 'MISSED'}", flush=True)
            os.unlink(Path(out_dir) / f"bench-{count}.{fmt}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
