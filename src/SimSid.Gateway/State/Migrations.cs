namespace SimSid.Gateway.State;

/// <summary>
/// The state database schema as numbered, append-only migrations; <c>PRAGMA user_version</c> holds the last one
/// applied. Never edit a shipped migration: add the next number.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<(int Version, string Sql)> All =
    [
        (1, """
            CREATE TABLE studies (
                study_uid TEXT PRIMARY KEY,
                state TEXT NOT NULL,
                first_received_utc TEXT NOT NULL,
                last_received_utc TEXT NOT NULL,
                instance_count INTEGER NOT NULL DEFAULT 0,
                correlation_id TEXT,
                ready_utc TEXT,
                updated_utc TEXT NOT NULL);
            CREATE INDEX ix_studies_state ON studies(state);
            CREATE TABLE instances (
                sop_instance_uid TEXT PRIMARY KEY,
                study_uid TEXT NOT NULL REFERENCES studies(study_uid),
                series_uid TEXT NOT NULL,
                sop_class_uid TEXT NOT NULL,
                transfer_syntax_uid TEXT NOT NULL,
                path TEXT NOT NULL,
                calling_ae TEXT NOT NULL,
                received_utc TEXT NOT NULL);
            CREATE INDEX ix_instances_study ON instances(study_uid);
            CREATE TABLE jobs (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                study_uid TEXT NOT NULL REFERENCES studies(study_uid),
                correlation_id TEXT NOT NULL,
                model_version TEXT NOT NULL,
                device_uid TEXT NOT NULL,
                score REAL,
                flagged INTEGER,
                sr_uid TEXT,
                state TEXT NOT NULL,
                created_utc TEXT NOT NULL,
                updated_utc TEXT NOT NULL);
            CREATE INDEX ix_jobs_study ON jobs(study_uid);
            CREATE TABLE deliveries (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                job_id INTEGER NOT NULL REFERENCES jobs(id),
                study_uid TEXT NOT NULL,
                sr_uid TEXT NOT NULL,
                destination TEXT NOT NULL,
                path TEXT NOT NULL,
                state TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_utc TEXT NOT NULL,
                last_error TEXT,
                created_utc TEXT NOT NULL,
                delivered_utc TEXT,
                UNIQUE (sr_uid, destination));
            CREATE INDEX ix_deliveries_due ON deliveries(state, next_attempt_utc);
            """),
        (2, """
            ALTER TABLE jobs ADD COLUMN accession_number TEXT;
            ALTER TABLE jobs ADD COLUMN received_utc TEXT;
            CREATE TABLE study_events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                study_uid TEXT NOT NULL,
                event TEXT NOT NULL,
                detail TEXT,
                at_utc TEXT NOT NULL);
            CREATE INDEX ix_study_events_study ON study_events(study_uid);
            CREATE TABLE skipped_instances (
                sop_instance_uid TEXT NOT NULL,
                job_id INTEGER NOT NULL REFERENCES jobs(id),
                reason TEXT NOT NULL,
                PRIMARY KEY (sop_instance_uid, job_id));
            """),
    ];

    public static int Latest => All[^1].Version;
}
