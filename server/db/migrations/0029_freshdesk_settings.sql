-- The Freshdesk import carries configuration too: canned responses become text modules and keep
-- the folder they were filed in (Freshdesk's "Personal", "General", or an admin's folder).
ALTER TABLE text_modules ADD COLUMN folder text NOT NULL DEFAULT '' CHECK (length(folder) <= 200);
