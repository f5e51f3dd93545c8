-- Locality-sensitive hashing bands of each article's MinHash signature: two
-- articles sharing any band key are near-duplicate candidates. Kept in the
-- database (not rebuilt in memory at every start) so the index costs nothing
-- to open, rolls back with the batch that wrote it, and is shared by
-- concurrent writers. meta 'lsh_params' names the banding the keys were made with.

CREATE TABLE lsh_bands (
    key INTEGER NOT NULL,                 -- 64-bit hash of (band number, band values)
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    PRIMARY KEY (key, article_pk)
) WITHOUT ROWID;
CREATE INDEX lsh_bands_article ON lsh_bands (article_pk);
