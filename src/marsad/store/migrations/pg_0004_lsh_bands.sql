-- PostgreSQL version of 0004_lsh_bands.sql.

CREATE TABLE lsh_bands (
    key BIGINT NOT NULL,
    article_pk BIGINT NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    PRIMARY KEY (key, article_pk)
);
CREATE INDEX lsh_bands_article ON lsh_bands (article_pk);
