-- PostgreSQL version of 0002_duplicates.sql.

CREATE TABLE duplicates (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    duplicate_of TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    cluster_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('exact', 'near')),
    similarity DOUBLE PRECISION NOT NULL,
    detected_at TEXT NOT NULL
);
CREATE INDEX duplicates_cluster ON duplicates (cluster_id);
CREATE INDEX duplicates_of ON duplicates (duplicate_of);

CREATE TABLE minhash_signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    params TEXT NOT NULL,
    signature BYTEA NOT NULL
);
