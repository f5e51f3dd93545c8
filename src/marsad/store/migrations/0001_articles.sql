-- Articles as cleaned, their earlier revisions, and full-text search.
-- articles holds the current revision of each article; article_revisions keeps
-- every superseded revision, so an updated item never silently replaces data.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,               -- rowid, also the FTS rowid
    id TEXT NOT NULL UNIQUE,              -- stable id (hash of url, or of text)
    url TEXT,
    outlet TEXT,                          -- outlet / source id (alriyadh, BBC Arabic)
    source TEXT NOT NULL DEFAULT '',      -- file, ZIP member or URL it was read from
    kind TEXT NOT NULL DEFAULT '',        -- rss | atom | html | json | txt
    title TEXT NOT NULL DEFAULT '',
    author TEXT,
    published TEXT,                       -- ISO 8601, with offset where known
    published_day TEXT,                   -- YYYY-MM-DD of published, as written
    fetched_at TEXT,
    raw TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    text TEXT NOT NULL,                   -- title + "\n" + body: offsets point here
    language TEXT NOT NULL DEFAULT 'ar',
    content_hash TEXT NOT NULL,           -- of the normalised body: exact duplicates
    text_hash TEXT NOT NULL,              -- of text as stored: a change is a revision
    revision INTEGER NOT NULL DEFAULT 1,
    ingested_at TEXT NOT NULL,            -- first seen
    updated_at TEXT NOT NULL              -- current revision stored
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_published_day ON articles (published_day);

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

-- Normalised (marsad.text.normalise) title + body; rowid = articles.pk.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    text,
    tokenize = 'unicode61 remove_diacritics 0'
);
