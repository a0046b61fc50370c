-- PostgreSQL twin of ../004_inbox.sql (dialect notes: 001_core.sql).
-- What users sent, written the moment it arrives, before anything slow (a paste's join window, a page fetch, a
-- file download). At start every row not yet done is processed again, so a SIGKILL loses nothing Telegram
-- already counts as delivered. A done row keeps only its key (its payload is emptied) for a few days, so an
-- update Telegram delivers a second time is recognised and not answered twice.

CREATE TABLE inbox (
    chat_id     BIGINT NOT NULL,
    message_id  BIGINT NOT NULL,
    kind        TEXT COLLATE "C" NOT NULL CHECK (kind IN ('text', 'paste', 'link', 'document')),
    payload     TEXT COLLATE "C" NOT NULL,    -- JSON: what is needed to process it again
    received_at TEXT COLLATE "C" NOT NULL,    -- ISO 8601, UTC
    done        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (chat_id, message_id)
);
CREATE INDEX inbox_pending ON inbox (done, received_at);
