using SimSid.Dicom;
using SimSid.Dicom.Network.Dimse;
using SimSid.Gateway.Archive;
using SimSid.Gateway.State;

namespace SimSid.Gateway.Tests;

public sealed class GatewayStoreHandlerTests
{
    [Fact]
    public async Task OnCStore_ValidInstance_ArchivesRecordsAndAnswersSuccess()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var file = IngestHelper.Synthesize(gateway.Temp.Combine("synth"), 1)[0].Path;
        var study = DicomFile.Open(file).Dataset.GetString(DicomTag.StudyInstanceUID);

        var status = await IngestHelper.ReceiveAsync(gateway, file);

        Assert.Equal(DicomStatus.Success, status);
        var instance = Assert.Single(gateway.Get<StudyStore>().Instances(study));
        Assert.True(gateway.Get<InstanceArchive>().Contains(instance.Path));
        Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(instance.Path));
        Assert.Equal(StudyStates.Receiving, gateway.Get<StudyStore>().State(study));
    }

    [Fact]
    public async Task OnCStore_UnreadableDataSet_AnswersCannotUnderstandAndRecordsNothing()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var garbage = gateway.Temp.Combine("garbage.dcm");
        File.WriteAllBytes(garbage, [.. new byte[128], (byte)'D', (byte)'I', (byte)'C', (byte)'M', 0x02, 0x00, 0x10]);

        var status = await IngestHelper.ReceiveAsync(gateway, garbage);

        Assert.Equal(DicomStatus.CannotUnderstand, status);
        Assert.Empty(Directory.EnumerateFiles(gateway.Get<InstanceArchive>().RootDirectory, "*.dcm", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task OnCStore_OurOwnReportComingBack_AcknowledgedButNotArchived()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomTag.SOPClassUID, DicomUid.Comprehensive3DSRStorage);
        dataset.AddOrUpdate(DicomTag.SOPInstanceUID, "1.2.3.77");
        dataset.AddOrUpdate(DicomTag.StudyInstanceUID, "1.2.3");
        dataset.AddOrUpdate(DicomTag.SeriesInstanceUID, "1.2.3.7");
        dataset.AddOrUpdate(DicomTag.Manufacturer, SimSid.Dicom.StructuredReport.Triage.TriageModelInfo.DefaultManufacturer);
        var path = gateway.Temp.Combine("own-sr.dcm");
        new DicomFile(dataset).Save(path);

        var status = await IngestHelper.ReceiveAsync(gateway, path);

        Assert.Equal(DicomStatus.Success, status);
        Assert.Null(gateway.Get<StudyStore>().State("1.2.3"));
    }
}
