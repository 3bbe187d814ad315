using System.Globalization;
using SimSid.Testing;

namespace SimSid.Pipeline.Tests;

/// <summary>
/// Configuration of an in-memory <c>serve</c> on loopback for the end-to-end tests: any free ports, a scratch archive
/// and database, a 1 s settle time, one PACS destination and, when given, the fake Seq server.
/// </summary>
internal static class LoopbackServeSettings
{
    public static Dictionary<string, string?> Create(TempDirectory temp, int pacsPort, string pacsAe, string? seqUrl = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Management:BindAddress"] = "127.0.0.1",
            ["Management:Port"] = "0",
            ["Dicom:Scp:BindAddress"] = "127.0.0.1",
            ["Dicom:Scp:Port"] = "0",
            ["Storage:ArchiveDirectory"] = temp.Combine("archive"),
            ["Storage:DatabasePath"] = temp.Combine("state.db"),
            ["Storage:MinimumFreeMegabytes"] = "1",
            ["Gateway:SettleTime"] = "00:00:01",
            ["Gateway:SettlePollInterval"] = "00:00:00.200",
            ["Delivery:Destinations:0:Name"] = "pacs",
            ["Delivery:Destinations:0:Host"] = "127.0.0.1",
            ["Delivery:Destinations:0:Port"] = pacsPort.ToString(CultureInfo.InvariantCulture),
            ["Delivery:Destinations:0:CalledAe"] = pacsAe,
        };
        if (seqUrl is not null)
        {
            settings["Seq:ServerUrl"] = seqUrl;
            settings["Seq:ApiKey"] = "test-key";
            settings["Seq:Period"] = "00:00:00.100";
        }

        return settings;
    }
}
