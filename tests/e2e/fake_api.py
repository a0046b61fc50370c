"""A stand-in Telegram Bot API server on 127.0.0.1 for end-to-end tests.

The bot talks to it exactly as to Telegram (`TELEGRAM_API_URL`): long-polling `getUpdates` (refused with 409
while a webhook is set, as Telegram does), `setWebhook`/`deleteWebhook`, `sendMessage`, `editMessageText`,
`sendDocument`, `sendPhoto` (multipart, the photo kept as bytes), `answerInlineQuery`, `getFile` and file
downloads. Tests push updates in and read what the bot
sent out. Failures can be injected per chat (403) or at random (429, 500) to test delivery.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import random
import re
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

_TAG = re.compile(r"</?(b|strong|i|em|u|ins|s|strike|del|a|code|pre|tg-spoiler|span|blockquote|tg-emoji)(\s[^<>]*)?>")
BOT_USER = {"id": 4242, "is_bot": True, "first_name": "Кто что сказал", "username": "whosaid_test_bot"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str:
        return str(self.params.get("text") or self.params.get("caption") or "")


class FakeTelegram:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, content)
        self.forbidden_chats: set[int] = set()
        self.admins: dict[int, set[int]] = {}  # group chat id -> admin user ids
        self.fail_rate_429 = 0.0
        self.fail_rate_500 = 0.0
        self.retry_after = 1
        self.file_gate: asyncio.Event | None = None  # when set to an unset event, downloads wait for it
        self.confirmed = 0  # the highest update id the bot has confirmed (getUpdates with a later offset)
        self.last_update_id = 0

        self.migrated_chats: dict[int, int] = {}  # group id -> the supergroup it became
        self.webhook: dict[str, Any] | None = None  # setWebhook's parameters while a webhook is set
        self.updates: dict[int, dict[str, Any]] = {}  # every update pushed, by id (webhook tests post them)
        self._scripted: list[dict[str, Any]] = []
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._new_update = asyncio.Event()
        self._new_call = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""
        self._rng = random.Random(7)

    # --- lifecycle -----------------------------------------------------------------------------------------

    async def start(self) -> str:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.*}", self._file)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    # --- what tests do -------------------------------------------------------------------------------------

    def push(self, update: dict[str, Any]) -> int:
        update = {"update_id": next(self._update_ids), **update}
        self.last_update_id = update["update_id"]
        self.updates[update["update_id"]] = update
        self._updates.append(update)
        self._new_update.set()
        return update["update_id"]

    def message(
        self,
        chat_id: int,
        text: str | None = None,
        *,
        user_id: int | None = None,
        chat_type: str = "private",
        **extra: Any,
    ) -> int:
        """Push a message update as a user in a chat would send it; returns the message id."""
        message_id = next(self._message_ids)
        user_id = user_id or (chat_id if chat_type == "private" else 777)
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = "Тест"
        else:
            chat["title"] = "Группа"
        msg: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat,
            "from": {"id": user_id, "is_bot": False, "first_name": "Тест", "language_code": "ru"},
        }
        if text is not None:
            msg["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        msg.update(extra)
        self.push({"message": msg})
        return message_id

    def forward(self, chat_id: int, text: str | None, *, channel_id: int = -1001234567890, channel_message_id: int = 55,
                username: str = "tass_agency", title: str = "ТАСС", **extra: Any) -> int:
        origin = {
            "type": "channel",
            "date": int(time.time()) - 60,
            "chat": {"id": channel_id, "type": "channel", "title": title, "username": username},
            "message_id": channel_message_id,
        }
        return self.message(chat_id, text, forward_origin=origin, **extra)

    def callback(self, chat_id: int, message_id: int, data: str, *, user_id: int | None = None) -> None:
        user_id = user_id or chat_id
        self.push({"callback_query": {
            "id": str(next(self._update_ids)),
            "from": {"id": user_id, "is_bot": False, "first_name": "Тест"},
            "chat_instance": "ci",
            "data": data,
            "message": {"message_id": message_id, "date": int(time.time()),
                        "chat": {"id": chat_id, "type": "private", "first_name": "Тест"},
                        "from": BOT_USER, "text": "…"},
        }})

    def inline_query(self, user_id: int, query: str) -> str:
        """Push an inline query as a user typing `@bot <query>` in some chat would; returns its id."""
        query_id = f"iq{next(self._update_ids)}"
        self.push({"inline_query": {"id": query_id, "query": query, "offset": "", "chat_type": "sender",
                                    "from": {"id": user_id, "is_bot": False, "first_name": "Тест"}}})
        return query_id

    def fail_sends(self, chat_id: int, *, after: int = 0, times: int = 1, status: int = 500,
                   description: str = "Internal Server Error") -> None:
        """Let `after` more sends to the chat through, then answer the next `times` with `status`."""
        self._scripted.append({"chat_id": chat_id, "after": after, "times": times, "status": status,
                               "description": description})

    async def post_webhook(self, url: str, update_id: int, *, secret: str | None = None) -> int:
        """Deliver a pushed update to a bot's webhook as Telegram does (JSON POST, the secret in its header);
        returns the HTTP status."""
        import aiohttp

        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        async with aiohttp.ClientSession() as session, session.post(
                url, json=self.updates[update_id], headers=headers,
                timeout=aiohttp.ClientTimeout(total=30)) as response:
            return response.status

    def sent(self, chat_id: int | None = None, method: str | None = None) -> list[Call]:
        return [c for c in self.calls
                if (chat_id is None or c.chat_id == chat_id) and (method is None or c.method == method)]

    def sent_texts(self, chat_id: int) -> list[str]:
        return [c.text for c in self.sent(chat_id) if c.method in {"sendMessage", "editMessageText", "sendDocument"}]

    async def wait_for(self, predicate: Any, timeout: float = 30.0) -> Call:
        """The first call (past or future) for which predicate(call) is true."""
        deadline = time.monotonic() + timeout
        seen = 0
        while True:
            for call in self.calls[seen:]:
                if predicate(call):
                    return call
            seen = len(self.calls)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no matching call within {timeout} s; calls: {self._describe()}")
            self._new_call.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_call.wait(), min(remaining, 0.5))

    async def wait_text(self, chat_id: int, needle: str, timeout: float = 30.0) -> Call:
        return await self.wait_for(
            lambda c: c.chat_id == chat_id and c.method in {"sendMessage", "editMessageText", "sendDocument"}
            and needle in c.text, timeout)

    def _describe(self) -> str:
        return "; ".join(f"{c.method}({c.chat_id}): {c.text[:80]!r}" for c in self.calls[-15:])

    # --- the Bot API -------------------------------------------------------------------------------------------

    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.method == "POST":
            if request.content_type == "application/json":
                params.update(await request.json())
            else:
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        params[key] = {"filename": value.filename, "content": value.file.read()}
                    else:
                        params[key] = value
        for key in ("reply_markup", "commands", "allowed_updates", "reply_parameters", "entities", "results",
                    "button"):
            if isinstance(params.get(key), str):
                with contextlib.suppress(ValueError):
                    params[key] = json.loads(params[key])
        return params

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        handler = getattr(self, f"_m_{method}", None)
        if method not in {"getUpdates", "getMe", "deleteWebhook", "setWebhook", "getFile"}:
            failure = self._inject_failure(method, params)
            if failure is not None:
                self.calls.append(Call(f"failed:{method}", params))
                self._new_call.set()
                return failure
        if handler is None:
            result: Any = True
        else:
            result = await handler(params)
        if isinstance(result, web.Response):  # an error answer: recorded apart, never as a delivered message
            self.calls.append(Call(f"failed:{method}", params))
            self._new_call.set()
            return result
        if method != "getUpdates":
            self.calls.append(Call(method, params))
            self._new_call.set()
        return web.json_response({"ok": True, "result": result})

    def _inject_failure(self, method: str, params: dict[str, Any]) -> web.Response | None:
        chat_id = params.get("chat_id")
        if chat_id is not None and int(chat_id) in self.migrated_chats:
            return web.json_response(
                {"ok": False, "error_code": 400, "description": "Bad Request: group chat was upgraded to a supergroup",
                 "parameters": {"migrate_to_chat_id": self.migrated_chats[int(chat_id)]}}, status=400)
        for script in self._scripted:
            if method.startswith("send") and chat_id is not None and int(chat_id) == script["chat_id"]:
                if script["after"] > 0:
                    script["after"] -= 1
                    break
                if script["times"] > 0:
                    script["times"] -= 1
                    return web.json_response({"ok": False, "error_code": script["status"],
                                              "description": script["description"]}, status=script["status"])
        if chat_id is not None and int(chat_id) in self.forbidden_chats:
            return web.json_response(
                {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"},
                status=403)
        if method.startswith("send") and self._rng.random() < self.fail_rate_429:
            return web.json_response(
                {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                 "parameters": {"retry_after": self.retry_after}}, status=429)
        if method.startswith("send") and self._rng.random() < self.fail_rate_500:
            return web.json_response(
                {"ok": False, "error_code": 500, "description": "Internal Server Error"}, status=500)
        return None

    async def _m_getMe(self, params: dict[str, Any]) -> Any:
        return {**BOT_USER, "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": True}

    async def _m_setWebhook(self, params: dict[str, Any]) -> Any:
        url = str(params.get("url") or "")
        if not url:
            self.webhook = None  # Telegram: an empty url removes the webhook
        else:
            self.webhook = dict(params)
        return True

    async def _m_deleteWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = None
        return True

    async def _m_getWebhookInfo(self, params: dict[str, Any]) -> Any:
        return {"url": (self.webhook or {}).get("url", ""), "has_custom_certificate": False,
                "pending_update_count": 0}

    async def _m_getUpdates(self, params: dict[str, Any]) -> Any:
        if self.webhook is not None:  # as Telegram: no long polling while a webhook is set
            return web.json_response({"ok": False, "error_code": 409, "description":
                                      "Conflict: can't use getUpdates method while webhook is active; "
                                      "use deleteWebhook to delete the webhook first"}, status=409)
        offset = int(params.get("offset") or 0)
        self.confirmed = max(self.confirmed, offset - 1)
        timeout = float(params.get("timeout") or 0)
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if not self._updates and timeout:
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), min(timeout, 1.0))
        return self._updates[:100]

    def _message(self, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        return {"message_id": next(self._message_ids), "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                "from": BOT_USER, **content}

    async def _m_sendMessage(self, params: dict[str, Any]) -> Any:
        text = str(params.get("text", ""))
        if len(text) > 4096 or not text.strip():
            return web.json_response(
                {"ok": False, "error_code": 400, "description": "Bad Request: message is too long or empty"},
                status=400)
        return self._bad_html(params) or self._message(params, text=text)

    async def _m_editMessageText(self, params: dict[str, Any]) -> Any:
        return self._bad_html(params) or self._message(params, text=str(params.get("text", "")))

    def _bad_html(self, params: dict[str, Any]) -> web.Response | None:
        """Telegram refuses HTML with a '<' that does not open one of its tags, as the real server does."""
        if params.get("parse_mode") != "HTML":
            return None
        text = str(params.get("text", ""))
        for match in re.finditer(r"<", text):
            if not _TAG.match(text, match.start()):
                return web.json_response({"ok": False, "error_code": 400, "description":
                                          "Bad Request: can't parse entities: unsupported start tag"}, status=400)
        return None

    async def _m_sendDocument(self, params: dict[str, Any]) -> Any:
        document = params.get("document")
        name = document.get("filename") if isinstance(document, dict) else "file"
        return self._message(params, document={"file_id": "doc", "file_unique_id": "doc", "file_name": name})

    async def _m_sendPhoto(self, params: dict[str, Any]) -> Any:
        photo = params.get("photo")
        if isinstance(photo, str) and photo.startswith("attach://"):  # multipart: the file under its own name
            photo = params.get(photo.removeprefix("attach://"))
            params["photo"] = photo
        if not isinstance(photo, dict) or not photo.get("content"):
            return web.json_response({"ok": False, "error_code": 400, "description": "Bad Request: no photo"},
                                     status=400)
        if len(str(params.get("caption") or "")) > 1024:
            return web.json_response({"ok": False, "error_code": 400, "description":
                                      "Bad Request: message caption is too long"}, status=400)
        size = {"file_id": "photo", "file_unique_id": "photo", "width": 800, "height": 450}
        return self._message(params, photo=[size], caption=str(params.get("caption") or ""))

    async def _m_answerInlineQuery(self, params: dict[str, Any]) -> Any:
        results = params.get("results")
        if not isinstance(results, list) or len(results) > 50:
            return web.json_response({"ok": False, "error_code": 400, "description":
                                      "Bad Request: RESULTS_TOO_MUCH"}, status=400)
        return True

    async def _m_getChatMember(self, params: dict[str, Any]) -> Any:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        user = {"id": user_id, "is_bot": False, "first_name": "Тест"}
        if user_id in self.admins.get(chat_id, set()):
            return {"status": "administrator", "user": user, "can_be_edited": False, "is_anonymous": False,
                    "can_manage_chat": True, "can_delete_messages": True, "can_manage_video_chats": True,
                    "can_restrict_members": True, "can_promote_members": False, "can_change_info": True,
                    "can_invite_users": True, "can_post_stories": False, "can_edit_stories": False,
                    "can_delete_stories": False}
        return {"status": "member", "user": user}

    async def _m_getFile(self, params: dict[str, Any]) -> Any:
        file_id = str(params["file_id"])
        if file_id not in self.files:
            return web.json_response({"ok": False, "error_code": 400, "description": "Bad Request: invalid file_id"},
                                     status=400)
        path, content = self.files[file_id]
        return {"file_id": file_id, "file_unique_id": file_id, "file_size": len(content), "file_path": path}

    async def _file(self, request: web.Request) -> web.Response:
        path = request.match_info["path"]
        self.calls.append(Call("download", {"file_path": path}))
        self._new_call.set()
        if self.file_gate is not None:
            await self.file_gate.wait()  # a slow download: the test decides when it goes on
        for file_path, content in self.files.values():
            if file_path == path:
                return web.Response(body=content)
        return web.Response(status=404)
