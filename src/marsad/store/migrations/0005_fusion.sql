-- Fused events (one real-world event across articles) and the per-article event
-- mentions each is made of; plus the indexes the API and web pages filter on,
-- so that no request scans a whole table on a large store.
--
-- Indexes added here, and the request each serves:
--   events (status), events (mode)            status / mode filters
--   events (location_kb_id)                   place filter, places list, map
--   event_participants (country)              country filter
--   event_participants (article_id, event_id) participants of a page of events
--   entities (article_id, kb_id)              actor / place name lookups per article
--   extractions (created_at)                  incremental fusion (what changed)
--   events (day)                              date-range filters, newest-first paging
--   fused_events (type, date_start), (date_start), (num_sources)  fused lists, fusion
--   fused_event_mentions (article_id, event_id)  event → its fused event

CREATE TABLE fused_events (
    id TEXT PRIMARY KEY,                  -- "f" + hash of its first mention
    type TEXT NOT NULL,
    mode TEXT,                            -- most frequent mode among mentions
    status TEXT NOT NULL,                 -- reconciled across reports
    date_value TEXT,
    date_precision TEXT,
    date_start TEXT,                      -- first day any mention's date can mean
    date_end TEXT,                        -- last such day (candidates for incremental fusion)
    location_kb_id TEXT,
    actors TEXT NOT NULL,                 -- JSON list of actor keys (KB ids or names)
    countries TEXT NOT NULL,              -- JSON list of ISO3 codes
    claims TEXT NOT NULL,                 -- JSON [[status, [attributed…], article_id]] when reports conflict
    num_mentions INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,        -- syndicated copies counted once
    num_sources INTEGER NOT NULL,         -- distinct outlets
    first_published TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX fused_events_type_date ON fused_events (type, date_start);
CREATE INDEX fused_events_date ON fused_events (date_start);
CREATE INDEX fused_events_sources ON fused_events (num_sources);

CREATE TABLE fused_event_mentions (
    fused_id TEXT NOT NULL REFERENCES fused_events (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    PRIMARY KEY (fused_id, article_id, event_id)
);
CREATE UNIQUE INDEX fused_event_mentions_event ON fused_event_mentions (article_id, event_id);

CREATE INDEX events_status ON events (status);
CREATE INDEX events_mode ON events (mode);
CREATE INDEX events_location ON events (location_kb_id);
CREATE INDEX event_participants_country ON event_participants (country);
CREATE INDEX event_participants_event ON event_participants (article_id, event_id);
CREATE INDEX entities_article_kb ON entities (article_id, kb_id);
CREATE INDEX extractions_created ON extractions (created_at);

-- events.day: the first day the event's date can mean (day: itself; week: its
-- Monday; month/year: the first day), else the article's publication day. Kept
-- by a trigger so the store's writer need not know; indexed for date filters
-- and newest-first lists.
ALTER TABLE events ADD COLUMN day TEXT;
CREATE INDEX events_day ON events (day);

CREATE TRIGGER events_set_day AFTER INSERT ON events WHEN NEW.day IS NULL BEGIN
    UPDATE events SET day = CASE
        WHEN NEW.date_precision = 'day' AND NEW.date_value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
            THEN substr(NEW.date_value, 1, 10)
        WHEN NEW.date_precision = 'month' AND NEW.date_value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
            THEN substr(NEW.date_value, 1, 7) || '-01'
        WHEN NEW.date_precision = 'year' AND NEW.date_value GLOB '[0-9][0-9][0-9][0-9]*'
            THEN substr(NEW.date_value, 1, 4) || '-01-01'
        WHEN NEW.date_precision = 'week' AND NEW.date_value GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]*'
            THEN date(
                substr(NEW.date_value, 1, 4) || '-01-04',
                '-' || ((CAST(strftime('%w', substr(NEW.date_value, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) || ' days',
                '+' || ((CAST(substr(NEW.date_value, 7, 2) AS INTEGER) - 1) * 7) || ' days'
            )
        ELSE (SELECT published_day FROM articles WHERE id = NEW.article_id)
    END
    WHERE article_id = NEW.article_id AND event_id = NEW.event_id;
END;

-- Events stored before this migration get their day the same way.
UPDATE events SET day = CASE
    WHEN date_precision = 'day' AND date_value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
        THEN substr(date_value, 1, 10)
    WHEN date_precision = 'month' AND date_value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
        THEN substr(date_value, 1, 7) || '-01'
    WHEN date_precision = 'year' AND date_value GLOB '[0-9][0-9][0-9][0-9]*'
        THEN substr(date_value, 1, 4) || '-01-01'
    WHEN date_precision = 'week' AND date_value GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]*'
        THEN date(
            substr(date_value, 1, 4) || '-01-04',
            '-' || ((CAST(strftime('%w', substr(date_value, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) || ' days',
            '+' || ((CAST(substr(date_value, 7, 2) AS INTEGER) - 1) * 7) || ' days'
        )
    ELSE (SELECT published_day FROM articles WHERE id = events.article_id)
END;
