"""Downloads of the console: a file's bytes with its (Chinese) name."""

from __future__ import annotations

import mimetypes
from urllib.parse import quote

from aiohttp import web


def download(data: bytes, filename: str) -> web.Response:
    kind = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return web.Response(body=data, content_type=kind, headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}",
        "Cache-Control": "no-store"})
