-- PostgreSQL twin of ../005_digest_parts.sql (dialect notes: 001_core.sql).
-- A digest being delivered, one row per message. A digest that fails after its first message resumes at the
-- message that failed instead of being sent whole again; the rows go when the day is marked delivered.
-- period_end: the end of the period the parts cover, which becomes last_digest_at once every part is sent.

CREATE TABLE digest_parts (
    chat_id     BIGINT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    local_date  TEXT COLLATE "C" NOT NULL,     -- the local date (YYYY-MM-DD) this digest is for
    part        INTEGER NOT NULL,              -- 0, 1, … in sending order
    text        TEXT COLLATE "C" NOT NULL,     -- the HTML message, exactly as it is sent
    period_end  TEXT COLLATE "C" NOT NULL,     -- UTC ISO time
    sent_at     TEXT COLLATE "C",              -- when Telegram accepted it; NULL while owed
    PRIMARY KEY (chat_id, local_date, part)
);

-- Digests take the articles analysed in their period (an article received before a tick but analysed after
-- it belongs to the next digest, not to none).
CREATE INDEX articles_by_analysis ON articles (chat_id, analysed_at);
