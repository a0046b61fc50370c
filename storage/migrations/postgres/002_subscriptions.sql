-- PostgreSQL twin of ../002_subscriptions.sql (dialect notes: 001_core.sql).
-- Daily digests. The subscription, not the scheduler, is the truth: a restart reads what is due from here.

CREATE TABLE subscriptions (
    chat_id            BIGINT PRIMARY KEY REFERENCES chats(id) ON DELETE CASCADE,
    timezone           TEXT COLLATE "C" NOT NULL,   -- IANA name, or a fixed offset such as UTC+03:00
    local_time         TEXT COLLATE "C" NOT NULL,   -- HH:MM
    active             INTEGER NOT NULL DEFAULT 1,
    send_empty         INTEGER NOT NULL DEFAULT 1,  -- a short note when nothing arrived
    last_local_date    TEXT COLLATE "C",            -- the local date (YYYY-MM-DD) of the last digest delivered
    last_digest_at     TEXT COLLATE "C",            -- UTC ISO time of the last digest: the next one starts there
    created_at         TEXT COLLATE "C" NOT NULL,
    disabled_reason    TEXT COLLATE "C"
);
