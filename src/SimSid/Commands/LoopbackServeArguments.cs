using System.Globalization;

namespace SimSid.Commands;

/// <summary>
/// The configuration arguments of an all-in-one host on loopback, as <c>simsid demo</c> and <c>simsid bench pipeline</c>
/// run it: free DICOM and management ports, archive and state database under a scratch folder, the built-in PACS
/// (<see cref="DemoPacs"/>) as the one delivery destination, the given model and settle timing, warnings only.
/// </summary>
internal static class LoopbackServeArguments
{
    public static List<string> Create(string root, string modelDirectory, int pacsPort, string destinationName, TimeSpan settleTime, TimeSpan settlePollInterval) =>
    [
        "--Serilog:MinimumLevel:Default=Warning",
        "--Management:BindAddress=127.0.0.1",
        "--Management:Port=0",
        "--Dicom:Scp:BindAddress=127.0.0.1",
        "--Dicom:Scp:Port=0",
        "--Storage:ArchiveDirectory=" + Path.Combine(root, "archive"),
        "--Storage:DatabasePath=" + Path.Combine(root, "simsid.db"),
        "--Storage:MinimumFreeMegabytes=10",
        "--Gateway:SettleTime=" + settleTime.ToString("c", CultureInfo.InvariantCulture),
        "--Gateway:SettlePollInterval=" + settlePollInterval.ToString("c", CultureInfo.InvariantCulture),
        "--Delivery:Destinations:0:Name=" + destinationName,
        "--Delivery:Destinations:0:Host=127.0.0.1",
        "--Delivery:Destinations:0:Port=" + pacsPort.ToString(CultureInfo.InvariantCulture),
        "--Delivery:Destinations:0:CalledAe=" + DemoPacs.AeTitle,
        "--Inference:ModelDirectory=" + modelDirectory,
    ];
}
