-- event_keys: one row per (actor or country, event), with the event's day, so
-- that "events of X, newest first" is one range of one index instead of a
-- sort of every event of X. Kept by triggers on the store's own inserts;
-- removed with the event (ON DELETE CASCADE). Ordinary rowid tables: SQLite
-- 3.40's integrity_check reports false NULLs in these as WITHOUT ROWID tables.
--   key: 'actor:' || kb_id  or  'country:' || ISO3
--
-- Indexes added here:
--   event_keys (key, day, type)               actor / country filters, actor pages,
--                                             their counts and timelines without reading events
--   events (day, type)                        timeline buckets without reading rows

CREATE TABLE event_keys (
    key TEXT NOT NULL,
    day TEXT,
    type TEXT NOT NULL,
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    UNIQUE (key, article_id, event_id),
    FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, event_id) ON DELETE CASCADE
);
CREATE INDEX event_keys_day ON event_keys (key, day, type);
CREATE INDEX event_keys_event ON event_keys (article_id, event_id);
CREATE INDEX events_day_type ON events (day, type);

CREATE TRIGGER event_keys_insert AFTER INSERT ON event_participants BEGIN
    INSERT OR IGNORE INTO event_keys (key, day, type, article_id, event_id)
        SELECT 'actor:' || NEW.kb_id, e.day, e.type, NEW.article_id, NEW.event_id FROM events e
        WHERE NEW.kb_id IS NOT NULL AND e.article_id = NEW.article_id AND e.event_id = NEW.event_id;
    INSERT OR IGNORE INTO event_keys (key, day, type, article_id, event_id)
        SELECT 'country:' || NEW.country, e.day, e.type, NEW.article_id, NEW.event_id FROM events e
        WHERE NEW.country IS NOT NULL AND e.article_id = NEW.article_id AND e.event_id = NEW.event_id;
END;

INSERT OR IGNORE INTO event_keys (key, day, type, article_id, event_id)
    SELECT 'actor:' || p.kb_id, e.day, e.type, p.article_id, p.event_id
    FROM event_participants p JOIN events e ON e.article_id = p.article_id AND e.event_id = p.event_id
    WHERE p.kb_id IS NOT NULL;
INSERT OR IGNORE INTO event_keys (key, day, type, article_id, event_id)
    SELECT 'country:' || p.country, e.day, e.type, p.article_id, p.event_id
    FROM event_participants p JOIN events e ON e.article_id = p.article_id AND e.event_id = p.event_id
    WHERE p.country IS NOT NULL;

-- actor_pairs: each pair of actors (a < b) taking part in one event, with the
-- event's day and type: the actor network is a GROUP BY over a day range of
-- this table instead of a self-join of participants per request.
--   actor_pairs (day), (a), (b)               network by date range, by actor
CREATE TABLE actor_pairs (
    a TEXT NOT NULL,                      -- KB ids, a < b
    b TEXT NOT NULL,
    day TEXT,
    type TEXT NOT NULL,
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    UNIQUE (a, b, article_id, event_id),
    FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, event_id) ON DELETE CASCADE
);
CREATE INDEX actor_pairs_day ON actor_pairs (day, a, b, type);
CREATE INDEX actor_pairs_b ON actor_pairs (b, day);
CREATE INDEX actor_pairs_event ON actor_pairs (article_id, event_id);

CREATE TRIGGER actor_pairs_insert AFTER INSERT ON event_keys
WHEN NEW.key > 'actor:' AND NEW.key < 'actor;' BEGIN
    INSERT OR IGNORE INTO actor_pairs (a, b, day, type, article_id, event_id)
        SELECT min(substr(o.key, 7), substr(NEW.key, 7)), max(substr(o.key, 7), substr(NEW.key, 7)),
               NEW.day, NEW.type, NEW.article_id, NEW.event_id
        FROM event_keys o
        WHERE o.article_id = NEW.article_id AND o.event_id = NEW.event_id
          AND o.key > 'actor:' AND o.key < 'actor;' AND o.key != NEW.key;
END;

INSERT OR IGNORE INTO actor_pairs (a, b, day, type, article_id, event_id)
    SELECT substr(p.key, 7), substr(o.key, 7), p.day, p.type, p.article_id, p.event_id
    FROM event_keys p JOIN event_keys o ON o.article_id = p.article_id AND o.event_id = p.event_id
    WHERE p.key > 'actor:' AND p.key < 'actor;' AND o.key > p.key AND o.key < 'actor;';
