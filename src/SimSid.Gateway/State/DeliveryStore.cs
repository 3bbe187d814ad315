using Microsoft.Data.Sqlite;

namespace SimSid.Gateway.State;

/// <summary>The delivery table: one row per (report, destination) with attempts, next attempt time and last error.</summary>
public sealed class DeliveryStore(StateDatabase database)
{
    private const string Columns = "id, job_id, study_uid, sr_uid, destination, path, state, attempts, next_attempt_utc, last_error, created_utc, delivered_utc";

    /// <summary>
    /// Schedules the report of a job for every destination. A report already delivered to a destination (same SR UID:
    /// the same study scored again by the same model) stays delivered; otherwise the row is (re)armed for now.
    /// </summary>
    public void Enqueue(long jobId, string studyInstanceUid, string srSopInstanceUid, string path, IEnumerable<string> destinations, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(destinations);
        var at = UtcText.Format(now);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        foreach (var destination in destinations)
        {
            StudyStore.Execute(
                connection,
                transaction,
                """
                INSERT INTO deliveries (job_id, study_uid, sr_uid, destination, path, state, attempts, next_attempt_utc, created_utc)
                VALUES ($j, $s, $sr, $d, $p, 'Pending', 0, $t, $t)
                ON CONFLICT (sr_uid, destination) DO UPDATE SET
                    job_id = $j, path = $p,
                    state = CASE WHEN deliveries.state = 'Delivered' THEN 'Delivered' ELSE 'Pending' END,
                    next_attempt_utc = CASE WHEN deliveries.state = 'Delivered' THEN deliveries.next_attempt_utc ELSE $t END;
                """,
                ("$j", jobId),
                ("$s", studyInstanceUid),
                ("$sr", srSopInstanceUid),
                ("$d", destination),
                ("$p", path),
                ("$t", at));
        }

        transaction.Commit();
    }

    /// <summary>Pending deliveries whose next attempt is due, oldest first.</summary>
    public IReadOnlyList<DeliveryRecord> Due(DateTimeOffset now, int limit = 100) =>
        Query($"SELECT {Columns} FROM deliveries WHERE state = 'Pending' AND next_attempt_utc <= $now ORDER BY next_attempt_utc, id LIMIT $limit;", ("$now", UtcText.Format(now)), ("$limit", limit));

    /// <summary>Every delivery, optionally only those in one state, newest first.</summary>
    public IReadOnlyList<DeliveryRecord> List(string? state = null, int limit = 1000) => state is null
        ? Query($"SELECT {Columns} FROM deliveries ORDER BY id DESC LIMIT $limit;", ("$limit", limit))
        : Query($"SELECT {Columns} FROM deliveries WHERE state = $st ORDER BY id DESC LIMIT $limit;", ("$st", state), ("$limit", limit));

    public IReadOnlyList<DeliveryRecord> ForJob(long jobId) =>
        Query($"SELECT {Columns} FROM deliveries WHERE job_id = $j ORDER BY id;", ("$j", jobId));

    public void MarkDelivered(long id, DateTimeOffset now)
    {
        using var connection = database.OpenConnection();
        StudyStore.Execute(connection, null, "UPDATE deliveries SET state = 'Delivered', attempts = attempts + 1, delivered_utc = $t, last_error = NULL WHERE id = $id;", ("$t", UtcText.Format(now)), ("$id", id));
    }

    /// <summary>Records a failed attempt: next attempt at <paramref name="nextAttempt"/>, or failed for good when <paramref name="giveUp"/>.</summary>
    public void MarkAttemptFailed(long id, string error, DateTimeOffset nextAttempt, bool giveUp)
    {
        using var connection = database.OpenConnection();
        StudyStore.Execute(
            connection,
            null,
            "UPDATE deliveries SET attempts = attempts + 1, last_error = $e, next_attempt_utc = $n, state = $st WHERE id = $id;",
            ("$e", error.Length > 1000 ? error[..1000] : error),
            ("$n", UtcText.Format(nextAttempt)),
            ("$st", giveUp ? DeliveryStates.Failed : DeliveryStates.Pending),
            ("$id", id));
    }

    /// <summary>Re-arms failed (or still pending) deliveries for an immediate attempt; all of them when <paramref name="id"/> is null.</summary>
    public int Retry(long? id, DateTimeOffset now)
    {
        using var connection = database.OpenConnection();
        return id is null
            ? StudyStore.Execute(connection, null, "UPDATE deliveries SET state = 'Pending', next_attempt_utc = $t WHERE state <> 'Delivered';", ("$t", UtcText.Format(now)))
            : StudyStore.Execute(connection, null, "UPDATE deliveries SET state = 'Pending', next_attempt_utc = $t WHERE id = $id AND state <> 'Delivered';", ("$t", UtcText.Format(now)), ("$id", id.Value));
    }

    private List<DeliveryRecord> Query(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var list = new List<DeliveryRecord>();
        while (reader.Read())
        {
            list.Add(Read(reader));
        }

        return list;
    }

    private static DeliveryRecord Read(SqliteDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetString(2),
        r.GetString(3),
        r.GetString(4),
        r.GetString(5),
        r.GetString(6),
        r.GetInt32(7),
        UtcText.Parse(r.GetString(8)),
        r.IsDBNull(9) ? null : r.GetString(9),
        UtcText.Parse(r.GetString(10)),
        r.IsDBNull(11) ? null : UtcText.Parse(r.GetString(11)));
}
