-- PostgreSQL twin of ../003_article_url.sql (dialect notes: 001_core.sql).
-- Articles fetched from a link: the normalised URL recognises the same article behind other tracking parameters.

ALTER TABLE articles ADD COLUMN url TEXT COLLATE "C";
CREATE UNIQUE INDEX articles_by_url ON articles (chat_id, url) WHERE url IS NOT NULL;
