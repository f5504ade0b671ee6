-- Ticket sharing (issue 16): a comment's wire uuid is looked up across every agreement (one that
-- comes back through another agreement, or around three desks, is stored once), for each comment
-- of every request a partner sends. The primary key (agreement_id, kind, uuid) answers that only
-- with one probe per agreement; this index answers it with one.
CREATE INDEX sharing_objects_uuid_idx ON sharing_objects (kind, uuid);
