-- PostgreSQL version of 0001_articles.sql (same tables and meaning).
-- Full-text search: a 'simple' tsvector of the normalised title + body.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE articles (
    pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT,
    outlet TEXT,
    source TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    author TEXT,
    published TEXT,
    published_day TEXT,
    fetched_at TEXT,
    raw TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    text TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'ar',
    content_hash TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    ingested_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    fts TSVECTOR NOT NULL
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_published_day ON articles (published_day);
CREATE INDEX articles_id_prefix ON articles (id text_pattern_ops);
CREATE INDEX articles_fts ON articles USING GIN (fts);

CREATE TABLE article_revisions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    url TEXT,
    outlet TEXT,
    source TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    author TEXT,
    published TEXT,
    fetched_at TEXT,
    raw TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    text TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'ar',
    content_hash TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    superseded_at TEXT NOT NULL,
    PRIMARY KEY (article_id, revision)
);
CREATE INDEX article_revisions_text_hash ON article_revisions (article_id, text_hash);
