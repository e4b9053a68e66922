"""The Bot API over aiohttp's client: PTB's request interface on the HTTP library the web side uses.

PTB's default transport (HTTPXRequest) cost most of an update once the bookkeeping was
group-committed: with many updates in flight, httpcore's pool looks at every connection on
each request and on each release, and each look asks the socket whether it is readable (a
poll). Measured on the fake Bot API over HTTP in one process (so client and server CPU
together), a sendMessage cost 1.9 ms of CPU one at a time and 3.8 ms with 64 in flight;
through aiohttp's connector 0.8–0.9 ms either way. PTB documents `BaseRequest` as the place
for another networking backend; this one keeps HTTPXRequest's defaults (timeouts of 5 s,
1 s to get a connection, 256 connections) and its error mapping: a timeout is TimedOut,
any other failure to talk to the server is NetworkError, and what the server answered is
left to PTB (`BaseRequest` turns the status and body into results or errors).

aiohttp has no write timeout of its own: a request's body is handed to the socket's buffer,
and the read timeout bounds the wait for the answer, so a stalled upload ends as TimedOut too.
"""

from __future__ import annotations

import asyncio

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from telegram._utils.defaultvalue import DefaultValue


class AiohttpRequest(BaseRequest):
    """One aiohttp ClientSession (and its connection pool) per PTB request channel."""

    def __init__(self, connection_pool_size: int = 256, read_timeout: float | None = 5.0,
                 connect_timeout: float | None = 5.0, pool_timeout: float | None = 1.0,
                 media_read_timeout: float | None = 20.0) -> None:
        self.pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self.connect_timeout = connect_timeout
        self.pool_timeout = pool_timeout
        self.media_read_timeout = media_read_timeout  # an upload: the body takes a while to go out
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            # trust_env: proxies from HTTPS_PROXY and friends, as httpx honoured them.
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.pool_size), trust_env=True,
                headers={"User-Agent": self.USER_AGENT})

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout=BaseRequest.DEFAULT_NONE, write_timeout=BaseRequest.DEFAULT_NONE,  # noqa: ANN001
                         connect_timeout=BaseRequest.DEFAULT_NONE,  # noqa: ANN001
                         pool_timeout=BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:  # noqa: ANN001
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        fields = request_data.json_parameters if request_data else None
        if isinstance(read_timeout, DefaultValue):
            read_timeout = self._read_timeout if not files else self.media_read_timeout
        if isinstance(connect_timeout, DefaultValue):
            connect_timeout = self.connect_timeout
        if isinstance(pool_timeout, DefaultValue):
            pool_timeout = self.pool_timeout
        # `connect` bounds waiting for a pooled connection plus opening one, as httpx's pool + connect.
        waiting = None if pool_timeout is None or connect_timeout is None else pool_timeout + connect_timeout
        timeout = aiohttp.ClientTimeout(total=None, connect=waiting, sock_connect=connect_timeout,
                                        sock_read=read_timeout)
        data: aiohttp.FormData | dict[str, str] | None = fields
        if files:
            data = aiohttp.FormData()
            for name, value in (fields or {}).items():
                data.add_field(name, value)
            for name, (filename, content, mimetype) in files.items():
                data.add_field(name, content, filename=filename, content_type=mimetype)
        try:
            async with self._session.request(method, url, data=data, timeout=timeout) as response:
                return response.status, await response.read()
        except asyncio.TimeoutError as exc:  # aiohttp's own timeouts are TimeoutErrors too
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{exc.__class__.__name__}: {exc}") from exc
