-- Chats, their articles, the actors those articles name and the quotes they carry.
-- Every table carries chat_id: each query filters by it, so one chat can never read another's rows.

CREATE TABLE chats (
    id          INTEGER PRIMARY KEY,          -- Telegram chat id
    type        TEXT NOT NULL DEFAULT 'private',
    title       TEXT,
    created_at  TEXT NOT NULL
);

CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    chat_id           INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    message_id        INTEGER,                -- the user's message, to reply to with the card
    text              TEXT NOT NULL,
    content_hash      TEXT NOT NULL,
    source_title      TEXT,                   -- forward_origin: channel title or sender name
    source_username   TEXT,
    source_chat_id    INTEGER,
    source_message_id INTEGER,
    source_link       TEXT,                   -- https://t.me/<username>/<message id>
    received_at       TEXT NOT NULL,          -- ISO 8601, UTC
    status            TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
    summary           TEXT,
    analysed_at       TEXT,
    card_sent         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (chat_id, content_hash)
);
CREATE UNIQUE INDEX articles_by_source ON articles (chat_id, source_chat_id, source_message_id)
    WHERE source_chat_id IS NOT NULL AND source_message_id IS NOT NULL;
CREATE INDEX articles_by_time ON articles (chat_id, received_at);
CREATE INDEX articles_pending ON articles (status, card_sent);

CREATE TABLE actors (
    id       INTEGER PRIMARY KEY,
    chat_id  INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    name     TEXT NOT NULL,                   -- canonical: nominative, full
    type     TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC')),
    UNIQUE (chat_id, name, type)
);

CREATE TABLE actor_aliases (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    chat_id  INTEGER NOT NULL,
    alias    TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
) WITHOUT ROWID;

-- Dictionary forms of every word of an actor's name and aliases (analysis.keys), for /who lookups.
CREATE TABLE actor_keys (
    chat_id  INTEGER NOT NULL,
    key      TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (chat_id, key, actor_id)
) WITHOUT ROWID;
CREATE INDEX actor_keys_by_actor ON actor_keys (actor_id);

CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id   INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    chat_id    INTEGER NOT NULL,
    count      INTEGER NOT NULL,
    PRIMARY KEY (article_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX mentions_by_actor ON mentions (chat_id, actor_id);

CREATE TABLE quotes (
    id           INTEGER PRIMARY KEY,
    chat_id      INTEGER NOT NULL,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id     INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    speaker      TEXT,
    speaker_type TEXT,
    kind         TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
    text         TEXT NOT NULL,
    cue          TEXT,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL
);
CREATE INDEX quotes_by_actor ON quotes (chat_id, actor_id, id);
CREATE INDEX quotes_by_article ON quotes (article_id);
CREATE INDEX quotes_by_chat ON quotes (chat_id, id);
