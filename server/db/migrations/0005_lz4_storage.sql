-- Raw mail and file contents are compressed with lz4 rather than pglz: profiling the ingest
-- benchmark showed pglz_compress as PostgreSQL's single largest cost (5% of all CPU), and lz4
-- compresses several times faster at a similar ratio on mail. Affects newly written values.
ALTER TABLE inbound_messages ALTER COLUMN raw SET COMPRESSION lz4;
ALTER TABLE blobs ALTER COLUMN content SET COMPRESSION lz4;
ALTER TABLE articles ALTER COLUMN body_text SET COMPRESSION lz4;
ALTER TABLE articles ALTER COLUMN body_html SET COMPRESSION lz4;
ALTER TABLE outbound_mail ALTER COLUMN body_text SET COMPRESSION lz4;
ALTER TABLE outbound_mail ALTER COLUMN body_html SET COMPRESSION lz4;
