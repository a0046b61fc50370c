"""Near-duplicate fingerprints and what a worker returns for storing an analysis."""

from __future__ import annotations

from processing import worker
from processing.fingerprint import BANDS, fingerprint
from storage.store import SAME_STORY, signature_similarity

TEXT = ("Министр финансов Антон Силуанов заявил в среду, что бюджет будет сбалансирован. «Мы сохраняем "
        "консервативный подход к расходам», — сказал он журналистам. Дефицит останется в пределах одного "
        "процента ВВП, добавил министр, отвечая на вопросы о налогах и пенсиях в следующем году.")


def test_small_edits_keep_the_story_and_other_news_do_not() -> None:
    signature, bands = fingerprint(TEXT)
    edited, edited_bands = fingerprint(TEXT.replace("в среду", "во вторник") + " Подписывайтесь на канал.")
    other, other_bands = fingerprint("Президент США заявил, что пошлины на сталь вырастут уже в январе, и "
                                     "пообещал защитить американских рабочих от дешёвого импорта из Азии.")
    assert len(bands) == BANDS and len(set(bands)) == BANDS
    assert set(bands) & set(edited_bands) and signature_similarity(signature, edited) >= SAME_STORY
    assert not set(bands) & set(other_bands) and signature_similarity(signature, other) < 0.2
    assert fingerprint("ЁЖИК  ёжик") == fingerprint("ежик ежик")  # case, spacing and ё do not matter
    assert fingerprint("") == ("", [])


def test_the_worker_returns_search_keys_and_the_fingerprint_with_the_analysis() -> None:
    result = worker.analyze_article(TEXT)
    quotes = result["analysis"]["quotes"]
    assert quotes and len(result["quote_keys"]) == len(quotes)
    assert "расход" in result["quote_keys"][[q["kind"] for q in quotes].index("direct")].split()
    assert result["fingerprint"] == fingerprint(TEXT)[0] and len(result["bands"]) == BANDS
