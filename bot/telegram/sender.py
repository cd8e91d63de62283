"""The HTTP transport of the outbox sender: python-telegram-bot's `Bot` over aiohttp.

Why not PTB's default `HTTPXRequest` for this one `Bot`: a broadcast keeps dozens of requests
in flight, and httpx's connection pool spends most of the sender's CPU on bookkeeping (a
profile of bench/fanout.py: ~80% of the time in httpcore), capping a 2-core machine near
200 messages/s. aiohttp's connector does the same job for a fraction of the cost.

The other reason is at-most-once. The dispatcher must know whether a failed request may have
reached Telegram: only errors raised before a request could leave (no connection, a connect
timeout, an exhausted pool) become `NetworkError` (safe to retry); anything after — a read
timeout, a dropped connection — becomes `TimedOut` (maybe delivered, never resent). httpx
reports a connection reset after the request was written as a plain network error.
"""

from __future__ import annotations

import json

import aiohttp
import yarl
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

USER_AGENT = "daihuo-outbox (python-telegram-bot)"


class AiohttpRequest(BaseRequest):
    """A `BaseRequest` on one aiohttp session with a bounded connection pool."""

    def __init__(
        self,
        connections: int = 64,
        *,
        read_timeout: float = 15.0,
        connect_timeout: float = 5.0,
    ) -> None:
        self._connections = connections
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._session: aiohttp.ClientSession | None = None
        self._urls: dict[str, yarl.URL] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections),
                headers={"User-Agent": USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        read = read_timeout if isinstance(read_timeout, int | float) else self._read_timeout
        connect = (
            connect_timeout if isinstance(connect_timeout, int | float) else self._connect_timeout
        )
        timeout = aiohttp.ClientTimeout(sock_connect=connect, sock_read=read)
        body: aiohttp.FormData | bytes | None = None
        headers: dict[str, str] = {}
        if request_data is not None and request_data.contains_files:
            form = aiohttp.FormData()
            for name, value in (request_data.json_parameters or {}).items():
                form.add_field(name, value)
            for name, part in (request_data.multipart_data or {}).items():
                filename, content, mimetype = part
                form.add_field(name, content, filename=filename, content_type=mimetype)
            body = form
        elif request_data is not None:
            # A JSON body with real nested objects (the Bot API takes application/json): no
            # percent-encoding of every Chinese character, and one C-speed dumps.
            body = json.dumps(request_data.parameters, ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json"
        try:
            target = self._urls.get(url)
            if target is None:  # parsing the same few URLs thousands of times is not free
                target = self._urls[url] = yarl.URL(url)
            async with self._session.request(
                method, target, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
            raise NetworkError(f"not sent: {type(exc).__name__}: {exc}") from exc
        except TimeoutError as exc:
            raise TimedOut(f"no answer: {exc}") from exc
        except aiohttp.ClientError as exc:
            # The request may have been written before the connection failed.
            raise TimedOut(f"connection lost: {type(exc).__name__}: {exc}") from exc
