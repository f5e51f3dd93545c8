-- PostgreSQL version of 0003_extractions.sql.

CREATE TABLE extractions (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    article_revision INTEGER NOT NULL,
    pipeline_version TEXT NOT NULL,
    json TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES extractions (article_id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    kb_id TEXT,
    type TEXT NOT NULL,
    subtype TEXT,
    name_ar TEXT NOT NULL,
    name_en TEXT NOT NULL,
    country TEXT,
    title TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    mention_count INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_kb_id ON entities (kb_id);

CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES extractions (article_id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    status TEXT NOT NULL,
    date_value TEXT,
    date_precision TEXT,
    location TEXT,
    location_kb_id TEXT,
    cameo TEXT,
    confidence DOUBLE PRECISION NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date_value);

CREATE TABLE event_participants (
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    role TEXT NOT NULL,
    kb_id TEXT,
    country TEXT,
    PRIMARY KEY (article_id, event_id, entity_id, role),
    FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, event_id) ON DELETE CASCADE
);
CREATE INDEX event_participants_kb_id ON event_participants (kb_id);
