"""Near-duplicate fingerprints of articles: MinHash over word shingles, cut into LSH bands (datasketch).

Runs in the worker processes (datasketch needs numpy, which the bot process does not load). The bot only
stores the band keys (one indexed query finds the candidates of the same story) and compares two signatures,
which is plain integer comparison: `similarity` is cheap enough for the bot process and imports nothing.
"""

from __future__ import annotations

import hashlib

from analysis.keys import words

NUM_PERM = 120
BANDS = 20
ROWS = NUM_PERM // BANDS  # 20 bands of 6 rows: pairs at Jaccard 0.8 meet in a band 99.8% of the time, 0.3 in 1.4%
SHINGLE = 3
SAME_STORY = 0.5  # estimated Jaccard similarity from which two articles are one story (a band match is 0.5+ anyway)
SEED = 13


def shingles(text: str) -> set[str]:
    """Overlapping three-word sequences of the folded words: word order matters, case and ё do not."""
    ws = words(text)
    if len(ws) < SHINGLE:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i:i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1)}


def fingerprint(text: str) -> tuple[str, list[str]]:
    """(signature as hex, band keys) of a text; ("", []) for a text without words."""
    from datasketch import MinHash

    grams = shingles(text)
    if not grams:
        return "", []
    mh = MinHash(num_perm=NUM_PERM, seed=SEED)
    mh.update_batch([g.encode("utf-8") for g in grams])
    values = [int(v) for v in mh.hashvalues]
    bands = []
    for b in range(BANDS):
        row = ",".join(str(v) for v in values[b * ROWS:(b + 1) * ROWS])
        bands.append(f"{b}:" + hashlib.blake2b(row.encode(), digest_size=8).hexdigest())
    return "".join(f"{v:08x}" for v in values), bands


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two signatures from `fingerprint` (the share of equal hash values)."""
    if not a or not b or len(a) != len(b):
        return 0.0
    n = len(a) // 8
    return sum(a[i * 8:(i + 1) * 8] == b[i * 8:(i + 1) * 8] for i in range(n)) / n
