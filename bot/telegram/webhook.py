"""The webhook server: Telegram's updates in, `/health` for the operator's probes.

Replaces PTB's webhook server for two reasons: an update is answered 200 only once it was
handled (a crash mid-answer makes Telegram send it again, the duplicate filter keeps that
safe), and the same port serves `GET /health`. Requests without Telegram's secret header
get 403 before anything is parsed; a body over `MAX_BODY_BYTES` is refused unread (400).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

import tornado.web
from telegram import Update
from telegram.ext import Application
from tornado.httpserver import HTTPServer

from bot.telegram.delivery import DeliveryTracker

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024  # Telegram's updates are a few KB; a text message at most ~16 KB
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"

HealthProbe = Callable[[], Awaitable[tuple[bool, dict[str, Any]]]]


class _UpdateHandler(tornado.web.RequestHandler):
    def initialize(self, server: WebhookServer) -> None:
        self.server = server

    async def post(self) -> None:
        server = self.server
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), server.secret.encode()):
            raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN)
        if server.stopping:
            raise tornado.web.HTTPError(HTTPStatus.SERVICE_UNAVAILABLE)  # Telegram retries
        try:
            data = json.loads(self.request.body)
            update = Update.de_json(data, server.application.bot)
        except Exception:
            log.warning("webhook: a request body that is not an update was refused")
            raise tornado.web.HTTPError(HTTPStatus.BAD_REQUEST) from None
        if update is None:
            raise tornado.web.HTTPError(HTTPStatus.BAD_REQUEST)
        if server.tracker.admit(update.update_id):
            await server.application.update_queue.put(update)
        # A retry of an update still in flight waits for the same handling.
        if not await server.tracker.wait_handled(update.update_id):
            raise tornado.web.HTTPError(HTTPStatus.SERVICE_UNAVAILABLE)
        self.set_status(HTTPStatus.OK)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        self.finish()  # no body, and never a traceback


class _HealthHandler(tornado.web.RequestHandler):
    def initialize(self, server: WebhookServer) -> None:
        self.server = server

    async def get(self) -> None:
        ok, report = await self.server.health()
        self.set_status(HTTPStatus.OK if ok else HTTPStatus.SERVICE_UNAVAILABLE)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps(report, ensure_ascii=False))


class _Quiet(tornado.web.Application):
    def log_request(self, handler: tornado.web.RequestHandler) -> None:
        """Request lines would carry nothing useful and the path may be a secret."""


class WebhookServer:
    """`start()` listens; `stop_accepting()` closes the port; `close()` drops connections."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        tracker: DeliveryTracker,
        *,
        secret: str,
        listen: str,
        port: int,
        url_path: str,
        health: HealthProbe,
    ) -> None:
        self.application = application
        self.tracker = tracker
        self.secret = secret
        self.health = health
        self.listen, self.port = listen, port
        self.stopping = False
        path = "/" + url_path.strip("/")
        app = _Quiet(
            [
                (rf"{path}/?", _UpdateHandler, {"server": self}),
                (r"/health/?", _HealthHandler, {"server": self}),
            ]
        )
        self._http = HTTPServer(app, max_body_size=MAX_BODY_BYTES)

    async def start(self) -> None:
        self._http.listen(self.port, address=self.listen)

    def stop_accepting(self) -> None:
        """No new connections; requests in progress still get their answer."""
        self.stopping = True
        self._http.stop()

    async def close(self) -> None:
        await asyncio.wait_for(self._http.close_all_connections(), 5)
