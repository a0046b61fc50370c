-- PostgreSQL twin of ../006_insight.sql (dialect notes: 001_core.sql).
-- Search, "who said what about whom" and stories (issue 13).

-- Who a quote is about: the actors named inside it, the speaker excluded (the analysis JSON's "about").
CREATE TABLE quote_about (
    chat_id  BIGINT NOT NULL,
    quote_id BIGINT NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    actor_id BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, actor_id)
);
CREATE INDEX quote_about_by_actor ON quote_about (chat_id, actor_id, quote_id);

-- Stories: an article's MinHash cut into LSH bands, one key per band (see the SQLite file).
CREATE TABLE story_bands (
    chat_id    BIGINT NOT NULL,
    band       TEXT COLLATE "C" NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (chat_id, band, article_id)
);
CREATE INDEX story_bands_by_article ON story_bands (article_id);

-- The first article of the story this one belongs to (its own id when it is the first); NULL before analysis.
ALTER TABLE articles ADD COLUMN story_id BIGINT;
CREATE INDEX articles_by_story ON articles (chat_id, story_id);

-- /search: SQLite has an FTS5 table here. PostgreSQL: a plain table with the same columns (rowid = quotes.id,
-- lemmas: the chat's token, then the dictionary forms of the quote's words) and a GIN index over the lemmas'
-- tsvector in the 'simple' configuration. The words are dictionary forms already (analysis.keys.text_keys), so
-- no stemming is wanted ('russian' would stem them again and match more than FTS5): the same words match on
-- both backends (Storage.search_quotes).
CREATE TABLE quote_search (
    rowid  BIGINT PRIMARY KEY REFERENCES quotes(id) ON DELETE CASCADE,
    lemmas TEXT COLLATE "C" NOT NULL
);
CREATE INDEX quote_search_words ON quote_search USING gin (to_tsvector('simple', lemmas));

-- The article's MinHash signature (hex, processing.fingerprint).
ALTER TABLE articles ADD COLUMN fingerprint TEXT COLLATE "C";

-- A quote printed word for word by several outlets is shown once, with all its sources: copies are found by
-- the speaker and the exact text. A hash index on the text: a btree entry is limited to about 2,700 bytes, and
-- a long quote must not fail its whole analysis; the chat and speaker are filtered among the few equal texts.
CREATE INDEX quotes_by_text ON quotes USING hash (text);
