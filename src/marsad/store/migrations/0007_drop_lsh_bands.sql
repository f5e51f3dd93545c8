-- The LSH band keys moved out of the database: they are derived from the stored
-- MinHash signatures and kept in memory (marsad.clean.duplicates.BandIndex).
-- Writing one row per band at random places in a B-tree, and rewriting most of
-- its pages at every commit, was a third of the ingest time.
DROP TABLE lsh_bands;
DELETE FROM meta WHERE key = 'lsh_params';
