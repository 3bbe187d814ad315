using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using SimSid.Gateway;
using SimSid.Gateway.State;

namespace SimSid.Commands;

/// <summary><c>simsid deliveries list [--state S]</c> and <c>simsid deliveries retry [--id N]</c> on the state database (Storage:DatabasePath).</summary>
internal static class DeliveriesCommand
{
    public static Command Create()
    {
        var database = new Option<string?>("--database") { Description = "State database file (default: Storage:DatabasePath from appsettings.json beside the executable / Storage__DatabasePath)." };
        var state = new Option<string?>("--state") { Description = "Only deliveries in this state: Pending, Delivered or Failed." };
        state.AcceptOnlyFromAmong(DeliveryStates.Pending, DeliveryStates.Delivered, DeliveryStates.Failed);
        var list = new Command("list", "List SR deliveries (id, state, attempts, next attempt, destination, study, SR, last error).") { database, state };
        list.SetAction(parseResult =>
        {
            var store = new DeliveryStore(StateDatabase.Open(DatabasePath(parseResult.GetValue(database))));
            var rows = store.List(parseResult.GetValue(state));
            Console.WriteLine("id\tstate\tattempts\tnext_attempt_utc\tdestination\tstudy\tsr\tlast_error");
            foreach (var d in rows)
            {
                Console.WriteLine(string.Join('\t', d.Id.ToString(CultureInfo.InvariantCulture), d.State, d.Attempts.ToString(CultureInfo.InvariantCulture), d.NextAttemptUtc.ToString("u", CultureInfo.InvariantCulture), d.Destination, d.StudyInstanceUid, d.SrSopInstanceUid, d.LastError ?? string.Empty));
            }

            return 0;
        });

        var id = new Option<long?>("--id") { Description = "Retry only this delivery (default: every one not yet delivered)." };
        var retry = new Command("retry", "Re-arm failed or waiting deliveries for an immediate attempt by the running gateway.") { database, id };
        retry.SetAction(parseResult =>
        {
            var store = new DeliveryStore(StateDatabase.Open(DatabasePath(parseResult.GetValue(database))));
            var count = store.Retry(parseResult.GetValue(id), DateTimeOffset.UtcNow);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} deliveries re-armed."));
            return count > 0 || parseResult.GetValue(id) is null ? 0 : 1;
        });

        return new Command("deliveries", "Inspect and retry SR deliveries to the PACS.") { list, retry };
    }

    private static string DatabasePath(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return explicitPath;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return configuration[$"{StorageOptions.SectionName}:DatabasePath"] ?? new StorageOptions().DatabasePath;
    }
}
