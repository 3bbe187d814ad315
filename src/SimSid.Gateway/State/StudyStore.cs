using Microsoft.Data.Sqlite;

namespace SimSid.Gateway.State;

/// <summary>Instances and studies: recording receipts, finding settled studies, marking them ready.</summary>
public sealed class StudyStore(StateDatabase database)
{
    /// <summary>Records an archived instance; a new instance (re)opens its study for settling.</summary>
    public void RecordInstance(ReceivedInstance instance, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var at = UtcText.Format(now);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var previousState = Scalar(connection, transaction, "SELECT state FROM studies WHERE study_uid = $s", ("$s", instance.StudyInstanceUid)) as string;
        Execute(
            connection,
            transaction,
            """
            INSERT INTO studies (study_uid, state, first_received_utc, last_received_utc, updated_utc)
            VALUES ($s, 'Receiving', $t, $t, $t)
            ON CONFLICT (study_uid) DO UPDATE SET
                state = 'Receiving',
                first_received_utc = CASE WHEN studies.state = 'Receiving' THEN studies.first_received_utc ELSE $t END,
                last_received_utc = $t,
                updated_utc = $t;
            INSERT INTO instances (sop_instance_uid, study_uid, series_uid, sop_class_uid, transfer_syntax_uid, path, calling_ae, received_utc)
            VALUES ($i, $s, $se, $c, $ts, $p, $ae, $t)
            ON CONFLICT (sop_instance_uid) DO UPDATE SET
                study_uid = $s, series_uid = $se, sop_class_uid = $c, transfer_syntax_uid = $ts, path = $p, calling_ae = $ae, received_utc = $t;
            UPDATE studies SET instance_count = (SELECT COUNT(*) FROM instances WHERE study_uid = $s) WHERE study_uid = $s;
            """,
            ("$s", instance.StudyInstanceUid),
            ("$t", at),
            ("$i", instance.SopInstanceUid),
            ("$se", instance.SeriesInstanceUid),
            ("$c", instance.SopClassUid),
            ("$ts", instance.TransferSyntaxUid),
            ("$p", instance.Path),
            ("$ae", instance.CallingAe));
        if (previousState != StudyStates.Receiving)
        {
            AddEvent(connection, transaction, instance.StudyInstanceUid, previousState is null ? "Opened" : "Reopened", previousState, now);
        }

        transaction.Commit();
    }

    /// <summary>Studies whose last instance is older than <paramref name="settle"/> or whose first is older than <paramref name="cap"/>.</summary>
    public IReadOnlyList<PendingStudy> DueStudies(DateTimeOffset now, TimeSpan settle, TimeSpan cap)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT study_uid, first_received_utc, last_received_utc FROM studies
            WHERE state = 'Receiving' AND (last_received_utc <= $settled OR first_received_utc <= $capped)
            ORDER BY first_received_utc;
            """;
        command.Parameters.AddWithValue("$settled", UtcText.Format(now - settle));
        command.Parameters.AddWithValue("$capped", UtcText.Format(now - cap));
        using var reader = command.ExecuteReader();
        var due = new List<PendingStudy>();
        while (reader.Read())
        {
            due.Add(new PendingStudy(reader.GetString(0), UtcText.Parse(reader.GetString(1)), UtcText.Parse(reader.GetString(2)), reader.GetString(2)));
        }

        return due;
    }

    /// <summary>The study's archived instances.</summary>
    public IReadOnlyList<ReceivedInstance> Instances(string studyInstanceUid)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sop_instance_uid, sop_class_uid, study_uid, series_uid, transfer_syntax_uid, path, calling_ae
            FROM instances WHERE study_uid = $s ORDER BY series_uid, received_utc, sop_instance_uid;
            """;
        command.Parameters.AddWithValue("$s", studyInstanceUid);
        using var reader = command.ExecuteReader();
        var list = new List<ReceivedInstance>();
        while (reader.Read())
        {
            list.Add(new ReceivedInstance(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6)));
        }

        return list;
    }

    /// <summary>
    /// Marks the study ready after its StudyReady was published, unless an instance arrived meanwhile (then it stays
    /// receiving and settles again). Returns whether the state changed.
    /// </summary>
    public bool MarkReady(PendingStudy study, Guid correlationId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(study);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var changed = Execute(
            connection,
            transaction,
            "UPDATE studies SET state = 'Ready', correlation_id = $c, ready_utc = $t, updated_utc = $t WHERE study_uid = $s AND state = 'Receiving' AND last_received_utc = $last;",
            ("$c", correlationId.ToString("D")),
            ("$t", UtcText.Format(now)),
            ("$s", study.StudyInstanceUid),
            ("$last", study.LastReceivedText)) == 1;
        if (changed)
        {
            AddEvent(connection, transaction, study.StudyInstanceUid, StudyStates.Ready, correlationId.ToString("D"), now);
        }

        transaction.Commit();
        return changed;
    }

    /// <summary>The study's state, or null when unknown.</summary>
    public string? State(string studyInstanceUid)
    {
        using var connection = database.OpenConnection();
        return Scalar(connection, null, "SELECT state FROM studies WHERE study_uid = $s", ("$s", studyInstanceUid)) as string;
    }

    /// <summary>Sets the study's state and records the transition.</summary>
    public void SetState(string studyInstanceUid, string state, string? detail, DateTimeOffset now)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "UPDATE studies SET state = $st, updated_utc = $t WHERE study_uid = $s;", ("$st", state), ("$t", UtcText.Format(now)), ("$s", studyInstanceUid));
        AddEvent(connection, transaction, studyInstanceUid, state, detail, now);
        transaction.Commit();
    }

    /// <summary>The recorded transitions of a study, oldest first.</summary>
    public IReadOnlyList<string> Events(string studyInstanceUid)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT event FROM study_events WHERE study_uid = $s ORDER BY id;";
        command.Parameters.AddWithValue("$s", studyInstanceUid);
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }

    internal static void AddEvent(SqliteConnection connection, SqliteTransaction transaction, string study, string name, string? detail, DateTimeOffset now) =>
        Execute(connection, transaction, "INSERT INTO study_events (study_uid, event, detail, at_utc) VALUES ($s, $e, $d, $t);", ("$s", study), ("$e", name), ("$d", (object?)detail ?? DBNull.Value), ("$t", UtcText.Format(now)));

    internal static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteNonQuery();
    }

    internal static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = command.ExecuteScalar();
        return result is DBNull ? null : result;
    }
}
