using Microsoft.Data.Sqlite;
using SimSid.Gateway.State;
using SimSid.Testing;

namespace SimSid.Gateway.Tests;

public sealed class StateDatabaseTests
{
    [Fact]
    public void Open_NewFile_AppliesEveryMigration()
    {
        using var temp = new TempDirectory();
        var database = StateDatabase.Open(temp.Combine("sub", "state.db"));

        Assert.Equal(Migrations.Latest, database.SchemaVersion());
        using var connection = new SqliteConnection($"Data Source={database.Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        Assert.Contains("studies", tables);
        Assert.Contains("instances", tables);
        Assert.Contains("jobs", tables);
        Assert.Contains("deliveries", tables);
        Assert.Contains("study_events", tables);
        Assert.Contains("skipped_instances", tables);
    }

    [Fact]
    public void Open_ExistingDatabase_KeepsDataAndVersion()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("state.db");
        var first = StateDatabase.Open(path);
        new StudyStore(first).RecordInstance(TestInstances.Record("1.2.3", "1.2.3.1", "1.2.3.1.1", "/a"), DateTimeOffset.UnixEpoch);

        var second = StateDatabase.Open(path);

        Assert.Equal(Migrations.Latest, second.SchemaVersion());
        Assert.Single(new StudyStore(second).Instances("1.2.3"));
    }

    [Fact]
    public void Open_AfterFirstMigrationOnly_AppliesTheRest()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("state.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Migrations.All[0].Sql + "\nPRAGMA user_version = 1;";
            command.ExecuteNonQuery();
        }

        var database = StateDatabase.Open(path);

        Assert.Equal(Migrations.Latest, database.SchemaVersion());
        Assert.Empty(new StudyStore(database).Events("1.2.3"));
    }

    [Fact]
    public void Open_NewerSchema_ThrowsNamingTheVersions()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("state.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }

        var ex = Assert.Throws<InvalidOperationException>(() => StateDatabase.Open(path));
        Assert.Contains("99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrations_AreNumberedConsecutivelyFromOne()
    {
        Assert.Equal(Enumerable.Range(1, Migrations.All.Count), Migrations.All.Select(m => m.Version));
    }
}
