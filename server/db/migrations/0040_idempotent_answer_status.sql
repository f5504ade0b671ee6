-- A retried command answers the first answer's status too, not only its body: a create that found
-- its object by external_id answered 200, and its retry must not say 201. NULL: the method's
-- usual success status (every answer kept before this column).

ALTER TABLE idempotency_keys ADD COLUMN status smallint;
