"""/forget and /export: the chat's data is the chat's own."""

from __future__ import annotations

import json

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from handlers.permissions import ChatAdmin
from render.text import plural
from storage import Storage, utcnow

router = Router(name="privacy")
ADMINS_ONLY = "Удалить данные группы может только её администратор."


class ForgetAnswer(CallbackData, prefix="forget"):
    answer: str  # "yes" or "no"


@router.message(Command("forget"), ChatAdmin())
async def on_forget(message: Message, storage: Storage) -> None:
    stats = await storage.chat_stats(message.chat.id)
    if not stats["articles"] and not stats["quotes"] and await storage.get_subscription(message.chat.id) is None:
        await storage.forget_chat(message.chat.id)  # the chat's own row (title, type), if anything is left
        await message.answer("Для этого чата ничего не сохранено — удалять нечего.")
        return
    keyboard = InlineKeyboardBuilder()
    keyboard.button(text="🗑 Да, удалить всё", callback_data=ForgetAnswer(answer="yes"))
    keyboard.button(text="Отмена", callback_data=ForgetAnswer(answer="no"))
    n = stats["articles"]
    await message.answer(
        f"Удалить всё, что бот сохранил для этого чата: {n} {plural(n, 'статью', 'статьи', 'статей')}, "
        f"{stats['quotes']} {plural(stats['quotes'], 'цитату', 'цитаты', 'цитат')}, участников и подписку на сводку? "
        "Это нельзя отменить.",
        reply_markup=keyboard.as_markup(),
    )


@router.message(Command("forget"))
async def on_forget_not_admin(message: Message) -> None:
    await message.answer(ADMINS_ONLY)


@router.callback_query(ForgetAnswer.filter(F.answer == "yes"), ChatAdmin())
async def on_forget_confirmed(query: CallbackQuery, storage: Storage) -> None:
    message = query.message
    assert isinstance(message, Message)  # ChatAdmin passes only buttons whose message Telegram still has
    removed = await storage.forget_chat(message.chat.id)
    await message.edit_text(f"Готово: удалено {removed} {plural(removed, 'статья', 'статьи', 'статей')} "
                            "со всеми цитатами и подпиской. Можно начинать заново.")
    await query.answer("Удалено")


@router.callback_query(ForgetAnswer.filter())
async def on_forget_declined(query: CallbackQuery, callback_data: ForgetAnswer) -> None:
    """"No", a stale button, or "yes" from someone who may not delete the group's data."""
    message = query.message
    if not isinstance(message, Message):
        await query.answer("Сообщение устарело, повторите /forget.")
    elif callback_data.answer == "yes":
        await query.answer(ADMINS_ONLY, show_alert=True)
    else:
        await message.edit_text("Хорошо, ничего не удаляю.")
        await query.answer()


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
