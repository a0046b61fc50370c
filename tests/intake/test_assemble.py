"""The message assembler: split pastes, albums, separate users, shutdown flush (short quiet intervals)."""

from __future__ import annotations

import asyncio
from collections.abc import Hashable

import pytest

from intake.assemble import MessageAssembler

QUIET = 0.05
SAFE_QUIET = 0.3  # where a test must observe the "still waiting" state even on a loaded machine


class Collector:
    """Records what the assembler releases and lets a test wait for it."""

    def __init__(self) -> None:
        self.ready: list[tuple[Hashable, str, list[int]]] = []
        self.event = asyncio.Event()

    async def __call__(self, key: Hashable, text: str, message_ids: list[int]) -> None:
        self.ready.append((key, text, message_ids))
        self.event.set()

    async def wait_for(self, count: int) -> None:
        async with asyncio.timeout(2):
            while len(self.ready) < count:
                self.event.clear()
                await self.event.wait()


async def test_three_parts_of_a_paste_are_joined_in_order() -> None:
    collect = Collector()
    assembler = MessageAssembler(collect, quiet_seconds=SAFE_QUIET)
    key = (100, 7)
    assembler.add(key, "часть первая", 11)
    assembler.add(key, "часть третья", 13)  # handled out of order: message ids decide
    await asyncio.sleep(0.01)
    assembler.add(key, "часть вторая", 12)
    assert collect.ready == []  # still inside the quiet interval
    await collect.wait_for(1)
    assert collect.ready == [(key, "часть первая часть вторая часть третья", [11, 12, 13])]
    assert len(assembler) == 0


async def test_album_parts_are_joined_and_captionless_parts_reported() -> None:
    collect = Collector()
    assembler = MessageAssembler(collect, quiet_seconds=QUIET)
    key = (100, 7)
    assembler.add(key, "", 21, media_group_id="album-1")
    assembler.add(key, "Подпись к альбому: «цитата»", 22, media_group_id="album-1")
    assembler.add(key, "", 23, media_group_id="album-1")
    await collect.wait_for(1)
    assert collect.ready == [(key, "Подпись к альбому: «цитата»", [21, 22, 23])]


async def test_album_and_text_from_same_user_stay_apart() -> None:
    collect = Collector()
    assembler = MessageAssembler(collect, quiet_seconds=QUIET)
    key = (100, 7)
    assembler.add(key, "подпись", 31, media_group_id="g")
    assembler.add(key, "отдельный текст", 32)
    await collect.wait_for(2)
    assert sorted(collect.ready, key=lambda r: r[2]) == [(key, "подпись", [31]), (key, "отдельный текст", [32])]


async def test_different_users_and_chats_are_not_joined() -> None:
    collect = Collector()
    assembler = MessageAssembler(collect, quiet_seconds=QUIET)
    assembler.add((100, 1), "от первого", 1)
    assembler.add((100, 2), "от второго", 2)
    assembler.add((200, 1), "из другого чата", 3)
    await collect.wait_for(3)
    assert sorted(collect.ready, key=lambda r: r[2]) == [
        ((100, 1), "от первого", [1]),
        ((100, 2), "от второго", [2]),
        ((200, 1), "из другого чата", [3]),
    ]


async def test_parts_after_release_start_a_new_message() -> None:
    collect = Collector()
    assembler = MessageAssembler(collect, quiet_seconds=QUIET)
    assembler.add("k", "первое", 1)
    await collect.wait_for(1)
    assembler.add("k", "второе", 2)
    await collect.wait_for(2)
    assert [text for _, text, _ in collect.ready] == ["первое", "второе"]


async def test_max_wait_releases_a_never_ending_stream() -> None:
    collect = Collector()
    assembler = MessageAssembler(collect, quiet_seconds=QUIET, max_wait_seconds=QUIET * 3)
    for message_id in range(12):
        assembler.add("k", f"часть {message_id}", message_id)
        await asyncio.sleep(QUIET / 2)
    await collect.wait_for(2)
    assert len(collect.ready) >= 2
    await assembler.flush_all()
    ids = [i for _, _, message_ids in collect.ready for i in message_ids]
    assert ids == list(range(12))


async def test_flush_all_releases_everything_now_and_waits_for_callbacks() -> None:
    finished: list[str] = []

    async def slow_callback(key: Hashable, text: str, message_ids: list[int]) -> None:
        await asyncio.sleep(0.01)
        finished.append(text)

    assembler = MessageAssembler(slow_callback, quiet_seconds=60)
    assembler.add("a", "один", 1)
    assembler.add("b", "два", 2)
    await assembler.flush_all()
    assert sorted(finished) == ["два", "один"]
    assert len(assembler) == 0


async def test_failing_callback_does_not_stop_others(caplog: pytest.LogCaptureFixture) -> None:
    delivered: list[str] = []

    async def callback(key: Hashable, text: str, message_ids: list[int]) -> None:
        if key == "bad":
            raise RuntimeError("boom")
        delivered.append(text)

    assembler = MessageAssembler(callback, quiet_seconds=60)
    assembler.add("bad", "плохо", 1)
    assembler.add("good", "хорошо", 2)
    await assembler.flush_all()
    assert delivered == ["хорошо"]
    assert "callback failed" in caplog.text


def test_a_paste_split_inside_a_sentence_is_joined_with_a_space() -> None:
    from intake.assemble import join_split_paste

    text = ("Министр отметил: «Мы сохраняем консервативный подход к расходам, и это позволяет нам держать "
            "бюджет сбалансированным», — сказал он. Новый абзац начинается здесь.")
    cut = text.index("подход") - 1  # the client cut at this space and did not send it
    assert join_split_paste([text[:cut], text[cut + 1:]]) == text
    # A cut at the limit in the middle of a word is joined with nothing.
    assert join_split_paste([text[:40], text[40:]], limit=40) == text
    # Whitespace that survived the cut stays as it was.
    assert join_split_paste(["Первый абзац.\n", "Второй абзац."]) == "Первый абзац.\nВторой абзац."
    # A cut after a finished sentence, outside quotation marks, is taken for a paragraph break.
    assert join_split_paste(["Первый абзац кончился.", "Второй начался."]) == "Первый абзац кончился.\nВторой начался."
    # …but not inside an open quotation.
    assert join_split_paste(["«Мы сохраним курс.", "Это важно», — сказал он."]) == (
        "«Мы сохраним курс. Это важно», — сказал он.")
