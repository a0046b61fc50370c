-- Several bot instances on one database (issue 12).

-- Update ids already taken by some instance: Telegram redelivers an update it thinks was not answered, and a
-- load balancer may hand the same update to two instances. One tiny insert per update; pruned after two days.
CREATE TABLE seen_updates (
    update_id   INTEGER PRIMARY KEY,
    seen_at     TEXT NOT NULL                 -- UTC ISO time
);
CREATE INDEX seen_updates_by_age ON seen_updates (seen_at);

-- Which instance is analysing an article and will send its card, until when. An instance renews its claims
-- while it runs; claims of an instance that died expire and another instance takes the article over.
ALTER TABLE articles ADD COLUMN claimed_by TEXT;
ALTER TABLE articles ADD COLUMN claimed_until TEXT;

-- The one instance sending a chat's digest for a local date, with a short lease renewed part by part.
CREATE TABLE digest_leases (
    chat_id     INTEGER NOT NULL,
    local_date  TEXT NOT NULL,
    owner       TEXT NOT NULL,
    until       TEXT NOT NULL,                -- UTC ISO time
    PRIMARY KEY (chat_id, local_date)
);

-- The same for a received message not yet finished (a paste in its join window, a page being fetched): the
-- instance that received it finishes it; another takes it up only once that instance's claim expired.
ALTER TABLE inbox ADD COLUMN claimed_by TEXT;
ALTER TABLE inbox ADD COLUMN claimed_until TEXT;
