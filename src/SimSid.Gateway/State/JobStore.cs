using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SimSid.Gateway.State;

/// <summary>Scoring jobs: one row per StudyScored received, updated as its report is built and delivered.</summary>
public sealed class JobStore(StateDatabase database)
{
    /// <summary>Records a scored study and its skipped instances; returns the job id.</summary>
    public long RecordScored(
        string studyInstanceUid,
        Guid correlationId,
        string modelVersion,
        string deviceUid,
        double? score,
        bool? flagged,
        string? accessionNumber,
        DateTimeOffset receivedUtc,
        IEnumerable<(string SopInstanceUid, string Reason)> skipped,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        var at = UtcText.Format(now);
        var state = score is null ? StudyStates.NothingToScore : StudyStates.Scored;
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO jobs (study_uid, correlation_id, model_version, device_uid, score, flagged, state, accession_number, received_utc, created_utc, updated_utc)
            VALUES ($s, $c, $v, $d, $score, $f, $state, $a, $r, $t, $t);
            SELECT last_insert_rowid();
            """;
        insert.Parameters.AddWithValue("$s", studyInstanceUid);
        insert.Parameters.AddWithValue("$c", correlationId.ToString("D"));
        insert.Parameters.AddWithValue("$v", modelVersion);
        insert.Parameters.AddWithValue("$d", deviceUid);
        insert.Parameters.AddWithValue("$score", (object?)score ?? DBNull.Value);
        insert.Parameters.AddWithValue("$f", flagged is null ? DBNull.Value : flagged.Value ? 1 : 0);
        insert.Parameters.AddWithValue("$state", state);
        insert.Parameters.AddWithValue("$a", (object?)accessionNumber ?? DBNull.Value);
        insert.Parameters.AddWithValue("$r", UtcText.Format(receivedUtc));
        insert.Parameters.AddWithValue("$t", at);
        var id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
        foreach (var (sop, reason) in skipped)
        {
            StudyStore.Execute(connection, transaction, "INSERT OR REPLACE INTO skipped_instances (sop_instance_uid, job_id, reason) VALUES ($i, $j, $r);", ("$i", sop), ("$j", id), ("$r", reason));
        }

        StudyStore.Execute(connection, transaction, "UPDATE studies SET state = $st, updated_utc = $t WHERE study_uid = $s AND state <> 'Receiving';", ("$st", state), ("$t", at), ("$s", studyInstanceUid));
        StudyStore.AddEvent(connection, transaction, studyInstanceUid, state, modelVersion, now);
        transaction.Commit();
        return id;
    }

    /// <summary>Records the report built for a job.</summary>
    public void SetReport(long jobId, string srSopInstanceUid, DateTimeOffset now)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var at = UtcText.Format(now);
        StudyStore.Execute(connection, transaction, "UPDATE jobs SET sr_uid = $sr, state = 'Reported', updated_utc = $t WHERE id = $j;", ("$sr", srSopInstanceUid), ("$t", at), ("$j", jobId));
        var study = (string)StudyStore.Scalar(connection, transaction, "SELECT study_uid FROM jobs WHERE id = $j", ("$j", jobId))!;
        StudyStore.Execute(connection, transaction, "UPDATE studies SET state = 'Reported', updated_utc = $t WHERE study_uid = $s AND state <> 'Receiving';", ("$t", at), ("$s", study));
        StudyStore.AddEvent(connection, transaction, study, StudyStates.Reported, srSopInstanceUid, now);
        transaction.Commit();
    }

    /// <summary>Marks a job delivered (every destination has its report).</summary>
    public void SetDelivered(long jobId, DateTimeOffset now)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var at = UtcText.Format(now);
        StudyStore.Execute(connection, transaction, "UPDATE jobs SET state = 'Delivered', updated_utc = $t WHERE id = $j;", ("$t", at), ("$j", jobId));
        var study = (string)StudyStore.Scalar(connection, transaction, "SELECT study_uid FROM jobs WHERE id = $j", ("$j", jobId))!;
        StudyStore.Execute(connection, transaction, "UPDATE studies SET state = 'Delivered', updated_utc = $t WHERE study_uid = $s AND state <> 'Receiving';", ("$t", at), ("$s", study));
        StudyStore.AddEvent(connection, transaction, study, StudyStates.Delivered, null, now);
        transaction.Commit();
    }

    public JobRecord? Find(long jobId)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, study_uid, correlation_id, model_version, score, flagged, sr_uid, accession_number, state, received_utc FROM jobs WHERE id = $j;";
        command.Parameters.AddWithValue("$j", jobId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public IReadOnlyList<JobRecord> ForStudy(string studyInstanceUid)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, study_uid, correlation_id, model_version, score, flagged, sr_uid, accession_number, state, received_utc FROM jobs WHERE study_uid = $s ORDER BY id;";
        command.Parameters.AddWithValue("$s", studyInstanceUid);
        using var reader = command.ExecuteReader();
        var list = new List<JobRecord>();
        while (reader.Read())
        {
            list.Add(Read(reader));
        }

        return list;
    }

    private static JobRecord Read(SqliteDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        Guid.Parse(r.GetString(2)),
        r.GetString(3),
        r.IsDBNull(4) ? null : r.GetDouble(4),
        r.IsDBNull(5) ? null : r.GetInt64(5) != 0,
        r.IsDBNull(6) ? null : r.GetString(6),
        r.IsDBNull(7) ? null : r.GetString(7),
        r.GetString(8),
        r.IsDBNull(9) ? null : UtcText.Parse(r.GetString(9)));
}
