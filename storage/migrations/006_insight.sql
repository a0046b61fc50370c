-- Search, "who said what about whom" and stories (issue 13).

-- Who a quote is about: the actors named inside it, the speaker excluded (the analysis JSON's "about").
CREATE TABLE quote_about (
    chat_id  INTEGER NOT NULL,
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX quote_about_by_actor ON quote_about (chat_id, actor_id, quote_id);

-- Stories: an article's MinHash cut into LSH bands, one key per band. Two articles of a chat that share a band
-- key are near-duplicates (the same story forwarded from another channel or pasted again with small edits), so
-- finding an article's story is one indexed query, in SQLite and PostgreSQL alike.
CREATE TABLE story_bands (
    chat_id    INTEGER NOT NULL,
    band       TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (chat_id, band, article_id)
) WITHOUT ROWID;
CREATE INDEX story_bands_by_article ON story_bands (article_id);

-- The first article of the story this one belongs to (its own id when it is the first); NULL before analysis.
ALTER TABLE articles ADD COLUMN story_id INTEGER;
CREATE INDEX articles_by_story ON articles (chat_id, story_id);

-- SQLITE-SPECIFIC (FTS5): /search over the dictionary forms of the quotes' words (analysis.keys.text_keys).
-- rowid = quotes.id. The first token of `lemmas` is the chat's token (storage.store.chat_token), so a search
-- never leaves its chat even inside the index. PostgreSQL: a tsvector column with the 'russian' configuration.
CREATE VIRTUAL TABLE quote_search USING fts5(lemmas, tokenize = 'unicode61 remove_diacritics 0');

-- The article's MinHash signature (hex, processing.fingerprint): a band match is confirmed by the estimated
-- Jaccard similarity of the two signatures, so a chance band collision does not merge two different stories.
ALTER TABLE articles ADD COLUMN fingerprint TEXT;

-- A quote printed word for word by several outlets is shown once, with all its sources: copies are found by
-- the speaker and the exact text.
CREATE INDEX quotes_by_text ON quotes (chat_id, actor_id, text);
