using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SimSid.Dicom;
using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Scp;
using SimSid.Gateway.Archive;
using SimSid.Gateway.Receiving;
using SimSid.Gateway.State;
using SimSid.Synthetic;

namespace SimSid.Gateway.Tests;

/// <summary>Receives synthetic radiographs through the gateway's C-STORE handler, as the SCP would.</summary>
internal static class IngestHelper
{
    public static IReadOnlyList<SyntheticFile> Synthesize(string folder, int count, double abnormalFraction = 0.5) =>
        SyntheticFolderWriter.Write(folder, new SyntheticFolderOptions { Count = count, Size = 64, AbnormalFraction = abnormalFraction, Seed = 7 });

    public static GatewayStoreHandler Handler(GatewayHarness gateway) => new(
        gateway.Get<InstanceArchive>(),
        gateway.Get<StudyStore>(),
        gateway.Get<IOptions<GatewayOptions>>().Value,
        gateway.Get<GatewayMetrics>(),
        NullLogger.Instance,
        gateway.Time);

    public static async Task<DicomStatus> ReceiveAsync(GatewayHarness gateway, string file, string? sopClassOverride = null)
    {
        var staging = gateway.Temp.Combine("staging");
        Directory.CreateDirectory(staging);
        var temporary = Path.Combine(staging, Guid.NewGuid().ToString("N") + ".part");
        File.Copy(file, temporary);
        string sopClass, sopInstance;
        try
        {
            var dataset = DicomFile.Open(file, new DicomReadOptions { StopBeforePixelData = true }).Dataset;
            sopClass = dataset.GetString(DicomTag.SOPClassUID);
            sopInstance = dataset.GetString(DicomTag.SOPInstanceUID);
        }
        catch (DicomException)
        {
            sopClass = sopClassOverride ?? TestInstances.CrStorage;
            sopInstance = "1.2.999";
        }

        var context = new CStoreRequestContext(new DicomAssociationInfo(1, "MODALITY", "SIMSID", null), 1, sopClass, sopInstance, "1.2.840.10008.1.2.1", temporary, new FileInfo(temporary).Length);
        return await Handler(gateway).OnCStoreAsync(context, CancellationToken.None);
    }
}
