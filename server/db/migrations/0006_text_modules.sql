-- Text modules: snippets agents insert in the composer by typing "::" and the keyword.
CREATE TABLE text_modules (
    id          bigserial PRIMARY KEY,
    keyword     text NOT NULL UNIQUE CHECK (keyword ~ '^[a-z0-9_-]{1,40}$'),
    name        text NOT NULL,
    body        text NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
