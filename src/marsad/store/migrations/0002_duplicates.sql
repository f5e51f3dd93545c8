-- Duplicate clusters and the MinHash signatures that later batches compare with.
-- A cluster is named after its first article (cluster_id); every later member
-- has one row here saying which earlier article it copies and how.

CREATE TABLE duplicates (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    duplicate_of TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    cluster_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('exact', 'near')),
    similarity REAL NOT NULL,
    detected_at TEXT NOT NULL
);
CREATE INDEX duplicates_cluster ON duplicates (cluster_id);
CREATE INDEX duplicates_of ON duplicates (duplicate_of);

CREATE TABLE minhash_signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    params TEXT NOT NULL,                 -- scheme, permutations, shingle size
    signature BLOB NOT NULL
);
