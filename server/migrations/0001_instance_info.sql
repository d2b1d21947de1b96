-- Facts about this installation of the portal. The same SQL runs on SQLite and PostgreSQL.
CREATE TABLE instance_info (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

INSERT INTO instance_info (key, value) VALUES ('database_created_at', CURRENT_TIMESTAMP);
