using SimSid.Dicom.StructuredReport.Triage;

namespace SimSid.Dicom.StructuredReport.Tests;

public sealed class DebugDump
{
    [Fact]
    public void Dump()
    {
        var dir = Environment.GetEnvironmentVariable("SR_DEBUG_DIR");
        if (dir is null) return;
        Directory.CreateDirectory(dir);
        var sources = SourceImages.Study(2);
        foreach (var c in new[] { SrSopClass.Comprehensive3D, SrSopClass.Comprehensive, SrSopClass.Enhanced })
        {
            new TriageReportBuilder(TriageFixtures.Model(), new TriageReportOptions { SopClass = c })
                .Build(sources, TriageFixtures.Scores(sources), TriageFixtures.CreatedAt).ToFile().Save(Path.Combine(dir, c + ".dcm"));
        }
        new TriageReportBuilder(TriageFixtures.Model()).BuildKeyObjectSelection(sources, TriageFixtures.Scores(sources), TriageFixtures.CreatedAt)!.ToFile().Save(Path.Combine(dir, "kos.dcm"));
        new DicomFile(sources[0]).Save(Path.Combine(dir, "src1.dcm"));
    }
}
