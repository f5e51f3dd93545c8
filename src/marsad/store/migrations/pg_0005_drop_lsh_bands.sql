-- PostgreSQL version of 0007_drop_lsh_bands.sql.
DROP TABLE lsh_bands;
DELETE FROM meta WHERE key = 'lsh_params';
