using SimSid.Dicom.StructuredReport.Triage;
using SimSid.Testing;

namespace SimSid.Dicom.StructuredReport.Tests;

/// <summary>The triage SR and KOS checked by independent implementations: dicom3tools and dcmtk, pydicom.</summary>
public sealed class ValidatorTests : IDisposable
{
    private readonly TempDirectory _temp = new("simsid-sr");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(SrSopClass.Comprehensive3D, "Comprehensive3DSR")]
    [InlineData(SrSopClass.Comprehensive, "ComprehensiveSR")]
    [InlineData(SrSopClass.Enhanced, "EnhancedSR")]
    public void Dciodvfy_TriageReportOfEachSopClass_ReportsNoErrors(SrSopClass sopClass, string expectedIod)
    {
        var path = WriteReport(new TriageReportOptions { SopClass = sopClass }, "report.dcm");

        var result = ExternalTool.Run("dciodvfy", path);

        Assert.True(result.ExitCode == 0, $"dciodvfy exited {result.ExitCode}:\n{result.Combined}");
        Assert.DoesNotContain("Error", result.Combined, StringComparison.Ordinal);
        Assert.Contains(expectedIod, result.Combined, StringComparison.Ordinal);
    }

    [Fact]
    public void Dciodvfy_KeyObjectSelection_ReportsNoErrors()
    {
        var sources = SourceImages.Study(2);
        var kos = new TriageReportBuilder(TriageFixtures.Model())
            .BuildKeyObjectSelection(sources, TriageFixtures.Scores(sources), TriageFixtures.CreatedAt);
        Assert.NotNull(kos);
        var path = _temp.Combine("kos.dcm");
        kos.ToFile().Save(path);

        var result = ExternalTool.Run("dciodvfy", path);

        Assert.True(result.ExitCode == 0, $"dciodvfy exited {result.ExitCode}:\n{result.Combined}");
        Assert.DoesNotContain("Error", result.Combined, StringComparison.Ordinal);
        Assert.Contains("KeyObjectSelectionDocument", result.Combined, StringComparison.Ordinal);
    }

    private string WriteReport(TriageReportOptions options, string name)
    {
        var sources = SourceImages.Study(2);
        var report = new TriageReportBuilder(TriageFixtures.Model(), options)
            .Build(sources, TriageFixtures.Scores(sources), TriageFixtures.CreatedAt);
        var path = _temp.Combine(name);
        report.ToFile().Save(path);
        return path;
    }
}
