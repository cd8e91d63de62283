"""A fake Telegram Bot API HTTP server on 127.0.0.1 for end-to-end tests and the benchmark.

The real PTB `Application` talks to it over HTTP (`base_url=fake.base_url`). It records every
call, lets a test inject update JSON (delivered through `getUpdates` long polling) and await
the bot's replies with asyncio conditions — never by sleeping.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

JSON_PARAMS = {
    "prices",
    "reply_markup",
    "results",
    "commands",
    "media",
    "allowed_updates",
    "link_preview_options",
    "entities",
    "caption_entities",
    "reply_parameters",
    "button",
    "scope",
}
INT_PARAMS = {"chat_id", "message_id", "offset", "limit", "timeout", "cache_time"}
REPLY_METHODS = (
    "sendMessage",
    "sendPhoto",
    "editMessageText",
    "editMessageCaption",
    "editMessageMedia",
    "editMessageReplyMarkup",
    "answerCallbackQuery",
    "answerInlineQuery",
    "answerPreCheckoutQuery",
    "sendInvoice",
)


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float  # time.monotonic() when it arrived
    index: int = 0

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str:
        media = self.params.get("media") or {}
        return str(
            self.params.get("text") or self.params.get("caption") or media.get("caption") or ""
        )

    @property
    def buttons(self) -> list[dict[str, Any]]:
        markup = self.params.get("reply_markup") or {}
        return [b for row in markup.get("inline_keyboard", []) for b in row]

    def button(self, label_part: str) -> dict[str, Any]:
        found = [b for b in self.buttons if label_part in b["text"]]
        if not found:
            raise AssertionError(f"no button {label_part!r} in {[b['text'] for b in self.buttons]}")
        return found[0]


@dataclass
class Fault:
    """An error the server answers instead of running a method (`count` times)."""

    method: str
    status: int
    description: str
    retry_after: int | None = None
    count: int = 1
    chat_id: int | None = None  # only for calls to this chat


@dataclass
class FakeUser:
    id: int
    first_name: str = "Ann"
    language_code: str | None = "zh-hans"

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            out["language_code"] = self.language_code
        return out


@dataclass
class FakeBotAPI:
    token: str = "123456:TEST-token"
    bot_id: int = 123456
    username: str = "daihuo_test_bot"
    host: str = "127.0.0.1"
    calls: list[Call] = field(default_factory=list)
    messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    available_at: dict[int, float] = field(default_factory=dict)  # update_id → monotonic time
    fail: dict[str, str] = field(default_factory=dict)  # method → error description (once)
    faults: list[Fault] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)  # chats whose user blocked the bot (403)
    latency: float = 0.0  # seconds each send takes (a slow Bot API)
    delays: dict[str, float] = field(default_factory=dict)  # method → seconds before answering
    confirmed: int = 0  # the highest getUpdates offset seen: updates below it are confirmed
    webhook_url: str = ""

    def __post_init__(self) -> None:
        self._updates: list[dict[str, Any]] = []
        self._cond = asyncio.Condition()
        self._calls_cond = asyncio.Condition()
        # Telegram's update ids only grow; start from the clock so a re-run against the same
        # database (the benchmark's cached data dir) is not taken for re-deliveries.
        self._update_ids = itertools.count(time.time_ns() // 1_000_000)
        self._message_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.draining = False  # while True, getUpdates never long-polls (lets a bot stop fast)

    # ---- server ---------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/bot"

    async def start(self) -> FakeBotAPI:
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        async with self._cond:
            self._cond.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeBotAPI:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        params = await self._params(request)
        if method != "getUpdates":
            await self._record(method, params)
        if self.delays.get(method):
            await asyncio.sleep(self.delays[method])
        if method in self.fail:
            description = self.fail.pop(method)
            return web.json_response(
                {"ok": False, "error_code": 400, "description": description}, status=400
            )
        chat = params.get("chat_id")
        chat_id = (
            int(chat) if isinstance(chat, int | str) and str(chat).lstrip("-").isdigit() else None
        )
        if self.latency and method.startswith("send"):
            await asyncio.sleep(self.latency)
        if chat_id is not None and chat_id in self.blocked and method.startswith("send"):
            return web.json_response(
                {
                    "ok": False,
                    "error_code": 403,
                    "description": "Forbidden: bot was blocked by the user",
                },
                status=403,
            )
        for fault in self.faults:
            if fault.method == method and fault.count > 0 and fault.chat_id in (None, chat_id):
                fault.count -= 1
                body: dict[str, Any] = {
                    "ok": False,
                    "error_code": fault.status,
                    "description": fault.description,
                }
                if fault.retry_after is not None:
                    body["parameters"] = {"retry_after": fault.retry_after}
                return web.json_response(body, status=fault.status)
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found: method not found"},
                status=404,
            )
        result = await handler(params)
        return web.json_response({"ok": True, "result": result})

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            body = await request.read()
            return json.loads(body) if body else {}
        raw: dict[str, Any] = dict(await request.post()) if request.can_read_body else {}
        raw.update(request.query)
        params: dict[str, Any] = {}
        for key, value in raw.items():
            if not isinstance(value, str):
                params[key] = value
            elif key in JSON_PARAMS:
                params[key] = json.loads(value)
            elif key in INT_PARAMS and value.lstrip("-").isdigit():
                params[key] = int(value)
            else:
                params[key] = value
        return params

    def sent_to(self, chat_id: int, method_prefix: str = "send") -> list[Call]:
        """Successful or not, every send-like call that reached the server for one chat."""
        return [
            c for c in self.calls if c.method.startswith(method_prefix) and c.chat_id == chat_id
        ]

    async def _record(self, method: str, params: dict[str, Any]) -> None:
        async with self._calls_cond:
            self.calls.append(Call(method, params, time.monotonic(), len(self.calls)))
            self._calls_cond.notify_all()

    # ---- Bot API methods ------------------------------------------------------------------
    def bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Daihuo",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }

    async def _m_getMe(self, p: dict[str, Any]) -> Any:
        return self.bot_user()

    async def _m_getUpdates(self, p: dict[str, Any]) -> Any:
        offset = int(p.get("offset") or 0)
        limit = int(p.get("limit") or 100)
        timeout = float(p.get("timeout") or 0)
        async with self._cond:
            if offset:
                # Like Telegram: an update is gone only once a later call confirms it.
                self.confirmed = max(self.confirmed, offset)
                self._updates = [
                    u for u in self._updates if u["update_id"] >= offset or u.get("_force")
                ]
            if not self._updates and timeout and not self.draining:
                try:
                    await asyncio.wait_for(
                        self._cond.wait_for(lambda: bool(self._updates) or self.draining),
                        timeout,
                    )
                except TimeoutError:
                    return []
            batch = self._updates[:limit]
            # A forced re-delivery (see `push`) is delivered once; the rest wait for the offset.
            self._updates = [u for u in self._updates if not (u.get("_force") and u in batch)]
        return [{k: v for k, v in u.items() if k != "_force"} for u in batch]

    def pending(self) -> list[int]:
        """Ids of the updates Telegram would still deliver (not confirmed yet)."""
        return [u["update_id"] for u in self._updates]

    def _new_message(self, p: dict[str, Any], **content: Any) -> dict[str, Any]:
        chat_id = int(p["chat_id"])
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": self.bot_user(),
            **content,
        }
        if p.get("reply_markup"):
            message["reply_markup"] = p["reply_markup"]
        self.messages[(chat_id, message["message_id"])] = message
        return message

    async def _m_sendMessage(self, p: dict[str, Any]) -> Any:
        return self._new_message(p, text=p["text"])

    async def _m_sendPhoto(self, p: dict[str, Any]) -> Any:
        photo = [{"file_id": "photo-1", "file_unique_id": "u-photo-1", "width": 640, "height": 640}]
        return self._new_message(p, photo=photo, caption=p.get("caption", ""))

    def _edit(self, p: dict[str, Any], **content: Any) -> Any:
        key = (int(p["chat_id"]), int(p["message_id"]))
        message = self.messages.get(key)
        if message is None:
            raise web.HTTPBadRequest(
                text=json.dumps(
                    {
                        "ok": False,
                        "error_code": 400,
                        "description": "Bad Request: message to edit not found",
                    }
                ),
                content_type="application/json",
            )
        message.update(content)
        if "reply_markup" in p:
            message["reply_markup"] = p["reply_markup"]
        message["edit_date"] = int(time.time())
        return message

    async def _m_editMessageText(self, p: dict[str, Any]) -> Any:
        return self._edit(p, text=p["text"])

    async def _m_editMessageCaption(self, p: dict[str, Any]) -> Any:
        return self._edit(p, caption=p.get("caption", ""))

    async def _m_editMessageMedia(self, p: dict[str, Any]) -> Any:
        return self._edit(p, caption=(p.get("media") or {}).get("caption", ""))

    async def _m_editMessageReplyMarkup(self, p: dict[str, Any]) -> Any:
        return self._edit(p)

    async def _ok(self, p: dict[str, Any]) -> Any:
        return True

    async def _m_sendInvoice(self, p: dict[str, Any]) -> Any:
        invoice = {
            "title": p.get("title"),
            "description": p.get("description"),
            "start_parameter": "",
            "currency": p.get("currency"),
            "total_amount": sum(int(x["amount"]) for x in p.get("prices") or []),
        }
        return self._new_message(p, invoice=invoice)

    _m_answerCallbackQuery = _ok
    _m_answerPreCheckoutQuery = _ok
    _m_refundStarPayment = _ok
    _m_answerInlineQuery = _ok
    _m_setMyCommands = _ok

    async def _m_setWebhook(self, p: dict[str, Any]) -> Any:
        self.webhook_url = str(p.get("url") or "")
        return True

    async def _m_deleteWebhook(self, p: dict[str, Any]) -> Any:
        self.webhook_url = ""
        return True

    _m_close = _ok
    _m_logOut = _ok
    _m_sendChatAction = _ok

    async def _m_getWebhookInfo(self, p: dict[str, Any]) -> Any:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    # ---- injecting updates ----------------------------------------------------------------
    async def drain(self, on: bool = True) -> None:
        """Release pending long polls (and answer polls at once while `on`)."""
        async with self._cond:
            self.draining = on
            self._cond.notify_all()

    async def push(self, update: dict[str, Any], *, force: bool = False) -> dict[str, Any]:
        """Make an update available to getUpdates (`force`: even if its id was confirmed)."""
        update.setdefault("update_id", next(self._update_ids))
        async with self._cond:
            self.available_at.setdefault(update["update_id"], time.monotonic())
            self._updates.append({**update, "_force": True} if force else update)
            self._cond.notify_all()
        return update

    def message_update(
        self, user: FakeUser, text: str, *, chat_id: int | None = None
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id or user.id, "type": "private", "first_name": user.first_name},
            "from": user.as_dict(),
            "text": text,
        }
        if text.startswith("/"):
            length = len(text.split(" ", 1)[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return {"update_id": next(self._update_ids), "message": message}

    def callback_update(
        self, user: FakeUser, data: str, message: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        query: dict[str, Any] = {
            "id": str(next(self._callback_ids)),
            "from": user.as_dict(),
            "chat_instance": f"ci-{user.id}",
            "data": data,
        }
        if message is not None:
            query["message"] = message
        return {"update_id": next(self._update_ids), "callback_query": query}

    def pre_checkout_update(
        self, user: FakeUser, payload: str, currency: str, total: int
    ) -> dict[str, Any]:
        return {
            "update_id": next(self._update_ids),
            "pre_checkout_query": {
                "id": f"pcq-{next(self._callback_ids)}",
                "from": user.as_dict(),
                "currency": currency,
                "total_amount": total,
                "invoice_payload": payload,
            },
        }

    def payment_update(
        self,
        user: FakeUser,
        payload: str,
        currency: str,
        total: int,
        charge_id: str,
        *,
        provider_charge_id: str = "",
        order_info: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        paid: dict[str, Any] = {
            "currency": currency,
            "total_amount": total,
            "invoice_payload": payload,
            "telegram_payment_charge_id": charge_id,
            "provider_payment_charge_id": provider_charge_id,
        }
        if order_info:
            paid["order_info"] = order_info
        return {
            "update_id": next(self._update_ids),
            "message": {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": user.id, "type": "private", "first_name": user.first_name},
                "from": user.as_dict(),
                "successful_payment": paid,
            },
        }

    def inline_update(self, user: FakeUser, query: str) -> dict[str, Any]:
        return {
            "update_id": next(self._update_ids),
            "inline_query": {
                "id": str(next(self._callback_ids)),
                "from": user.as_dict(),
                "query": query,
                "offset": "",
            },
        }

    # ---- awaiting the bot -----------------------------------------------------------------
    async def wait_for(
        self, predicate: Callable[[Call], bool], *, after: int = 0, within: float = 20.0
    ) -> Call:
        """The first call (from index `after`) matching `predicate`, waiting for it to arrive."""

        def found() -> Call | None:
            return next((c for c in self.calls[after:] if predicate(c)), None)

        async with self._calls_cond:
            await asyncio.wait_for(self._calls_cond.wait_for(lambda: found() is not None), within)
            call = found()
        assert call is not None
        return call

    async def exchange(
        self,
        update: dict[str, Any],
        *,
        methods: tuple[str, ...] = REPLY_METHODS,
        within: float = 20.0,
        force: bool = False,
    ) -> Call:
        """Push an update and await the bot's first reply call for that user/chat."""
        mark = len(self.calls)
        await self.push(update, force=force)
        chat = _chat_of(update)

        def is_reply(c: Call) -> bool:
            if c.method not in methods:
                return False
            if c.method == "answerCallbackQuery":
                return (
                    "callback_query" in update
                    and c.params.get("callback_query_id") == update["callback_query"]["id"]
                )
            if c.method == "answerPreCheckoutQuery":
                return (
                    "pre_checkout_query" in update
                    and c.params.get("pre_checkout_query_id") == update["pre_checkout_query"]["id"]
                )
            if c.method == "answerInlineQuery":
                return (
                    "inline_query" in update
                    and c.params.get("inline_query_id") == update["inline_query"]["id"]
                )
            return c.chat_id == chat

        return await self.wait_for(is_reply, after=mark, within=within)

    async def quiet(self, mark: int, predicate: Callable[[Call], bool]) -> list[Call]:
        """Calls since `mark` that match (for asserting that something did NOT happen)."""
        return [c for c in self.calls[mark:] if predicate(c)]

    def message(self, call: Call) -> dict[str, Any]:
        """The stored message a send/edit call produced."""
        if call.method in ("sendMessage", "sendPhoto"):
            candidates = [m for (chat, _), m in self.messages.items() if chat == call.chat_id]
            matches = [m for m in candidates if m.get("text", m.get("caption")) == call.text]
            return matches[-1]
        return self.messages[(int(call.params["chat_id"]), int(call.params["message_id"]))]


def _chat_of(update: dict[str, Any]) -> int | None:
    if "message" in update:
        return int(update["message"]["chat"]["id"])
    if "callback_query" in update:
        q = update["callback_query"]
        return int(q["message"]["chat"]["id"]) if q.get("message") else int(q["from"]["id"])
    return None
