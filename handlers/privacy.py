"""/forget and /export: the chat's data is the chat's own."""

from __future__ import annotations

import json

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)

from handlers.permissions import may_manage
from render.text import plural
from storage import Storage, utcnow

router = Router(name="privacy")

FORGET_YES = "forget:yes"
FORGET_NO = "forget:no"


@router.message(Command("forget"))
async def on_forget(message: Message, storage: Storage) -> None:
    if not await may_manage(message):
        await message.answer("Удалить данные группы может только её администратор.")
        return
    stats = await storage.chat_stats(message.chat.id)
    if not stats["articles"] and not stats["quotes"]:
        await message.answer("Для этого чата ничего не сохранено — удалять нечего.")
        return
    keyboard = InlineKeyboardMarkup(inline_keyboard=[[
        InlineKeyboardButton(text="🗑 Да, удалить всё", callback_data=FORGET_YES),
        InlineKeyboardButton(text="Отмена", callback_data=FORGET_NO),
    ]])
    n = stats["articles"]
    await message.answer(
        f"Удалить всё, что бот сохранил для этого чата: {n} {plural(n, 'статью', 'статьи', 'статей')}, "
        f"{stats['quotes']} {plural(stats['quotes'], 'цитату', 'цитаты', 'цитат')}, участников и подписку на сводку? "
        "Это нельзя отменить.",
        reply_markup=keyboard,
    )


@router.callback_query(F.data.in_({FORGET_YES, FORGET_NO}))
async def on_forget_answer(query: CallbackQuery, storage: Storage) -> None:
    message = query.message
    if not isinstance(message, Message):
        await query.answer("Сообщение устарело, повторите /forget.")
        return
    if query.data == FORGET_NO:
        await message.edit_text("Хорошо, ничего не удаляю.")
        await query.answer()
        return
    if not await may_manage(message, user_id=query.from_user.id):
        await query.answer("Удалить данные группы может только её администратор.", show_alert=True)
        return
    removed = await storage.forget_chat(message.chat.id)
    await message.edit_text(f"Готово: удалено {removed} {plural(removed, 'статья', 'статьи', 'статей')} "
                            "со всеми цитатами и подпиской. Можно начинать заново.")
    await query.answer("Удалено")


@router.message(Command("export"))
async def on_export(message: Message, storage: Storage) -> None:
    data = await storage.export_chat(message.chat.id)
    if not data["articles"]:
        await message.answer("Экспортировать пока нечего: для этого чата нет сохранённых статей.")
        return
    payload = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    name = f"quotes-{message.chat.id}-{utcnow():%Y%m%d-%H%M}.json"
    n = len(data["articles"])
    await message.answer_document(
        BufferedInputFile(payload, filename=name),
        caption=f"Ваши данные: {n} {plural(n, 'статья', 'статьи', 'статей')}, "
                f"{len(data['quotes'])} цитат, {len(data['actors'])} участников.",
    )
