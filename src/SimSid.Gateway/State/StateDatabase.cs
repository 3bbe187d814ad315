using Microsoft.Data.Sqlite;

namespace SimSid.Gateway.State;

/// <summary>
/// The SQLite state database: opened (and migrated) once at start, then one pooled connection per operation
/// (WAL journal, synchronous=FULL so a committed transition survives a power cut).
/// </summary>
public sealed class StateDatabase
{
    private readonly string _connectionString;

    private StateDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    /// <summary>Opens the database, creating it and applying pending migrations.</summary>
    public static StateDatabase Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var database = new StateDatabase(path);
        database.Migrate();
        return database;
    }

    /// <summary>The schema version (the last migration applied).</summary>
    public int SchemaVersion()
    {
        using var connection = OpenConnection();
        return UserVersion(connection);
    }

    internal SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private static int UserVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Migrate()
    {
        using var connection = OpenConnection();
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        var current = UserVersion(connection);
        if (current > Migrations.Latest)
        {
            throw new InvalidOperationException($"The state database {Path} has schema version {current}, newer than this program knows ({Migrations.Latest}); use a newer simsid.");
        }

        foreach (var (version, sql) in Migrations.All.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql + FormattableString.Invariant($"\nPRAGMA user_version = {version};");
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }
}
