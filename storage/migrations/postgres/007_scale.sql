-- PostgreSQL twin of ../007_scale.sql (dialect notes: 001_core.sql).
-- Several bot instances on one database (issue 12).

-- Update ids already taken by some instance; pruned after two days.
CREATE TABLE seen_updates (
    update_id   BIGINT PRIMARY KEY,
    seen_at     TEXT COLLATE "C" NOT NULL     -- UTC ISO time
);
CREATE INDEX seen_updates_by_age ON seen_updates (seen_at);

-- Which instance is analysing an article and will send its card, until when.
ALTER TABLE articles ADD COLUMN claimed_by TEXT COLLATE "C";
ALTER TABLE articles ADD COLUMN claimed_until TEXT COLLATE "C";

-- The one instance sending a chat's digest for a local date, with a short lease renewed part by part.
CREATE TABLE digest_leases (
    chat_id     BIGINT NOT NULL,
    local_date  TEXT COLLATE "C" NOT NULL,
    owner       TEXT COLLATE "C" NOT NULL,
    until       TEXT COLLATE "C" NOT NULL,    -- UTC ISO time
    PRIMARY KEY (chat_id, local_date)
);

-- The same for a received message not yet finished.
ALTER TABLE inbox ADD COLUMN claimed_by TEXT COLLATE "C";
ALTER TABLE inbox ADD COLUMN claimed_until TEXT COLLATE "C";
