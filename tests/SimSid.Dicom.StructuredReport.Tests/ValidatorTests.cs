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
    public void Dciodvfy_SecondRevisionWithPredecessor_ReportsNoErrors()
    {
        var path = WriteReport(new TriageReportOptions { Revision = 2, SopClass = SrSopClass.Comprehensive }, "report-r2.dcm");

        var result = ExternalTool.Run("dciodvfy", path);

        Assert.True(result.ExitCode == 0, $"dciodvfy exited {result.ExitCode}:\n{result.Combined}");
        Assert.DoesNotContain("Error", result.Combined, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Dciodvfy_ReportOnRealComputedRadiograph_ReportsNoErrors()
    {
        var source = DicomFile.Open(SharedData.Path("dicom", "CR-MONO1-10-chest.dcm")).Dataset;
        var sources = new[] { source };
        var scores = new TriageResult(
            [new ImageTriageResult(source.GetString(DicomTag.SOPClassUID), source.GetString(DicomTag.SOPInstanceUID), 0.91, true)]);
        var path = _temp.Combine("real.dcm");
        new TriageReportBuilder(TriageFixtures.Model()).Build(sources, scores, TriageFixtures.CreatedAt).ToFile().Save(path);

        var result = ExternalTool.Run("dciodvfy", path);
        var tree = ExternalTool.RunChecked("dsrdump", "+Pc", path).StandardOutput;

        Assert.True(result.ExitCode == 0, $"dciodvfy exited {result.ExitCode}:\n{result.Combined}");
        Assert.DoesNotContain("Error", result.Combined, StringComparison.Ordinal);
        Assert.Contains("=\"0.91\" (1,UCUM,\"no units\")>", tree, StringComparison.Ordinal);
        Assert.Contains(source.GetString(DicomTag.StudyInstanceUID), ExternalTool.RunChecked("dcmdump", "+P", "StudyInstanceUID", path).StandardOutput, StringComparison.Ordinal);
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

    [Fact]
    public void Dsrdump_TriageReport_RendersTid1500TreeWithScoreAndCodes()
    {
        var path = WriteReport(new TriageReportOptions(), "report.dcm");

        var result = ExternalTool.Run("dsrdump", "+Pc", "+Pt", path);

        Assert.True(result.ExitCode == 0, $"dsrdump exited {result.ExitCode}:\n{result.Combined}");
        Assert.DoesNotContain("E: ", result.Combined, StringComparison.Ordinal);
        var tree = result.StandardOutput;
        Assert.Contains("<CONTAINER:(126000,DCM,\"Imaging Measurement Report\")=SEPARATE>  # TID 1500 (DCMR)", tree, StringComparison.Ordinal);
        Assert.Contains("<has obs context UIDREF:(121012,DCM,\"Device Observer UID\")=\"" + TriageFixtures.DeviceUid + "\">", tree, StringComparison.Ordinal);
        Assert.Contains("<has concept mod CODE:(121058,DCM,\"Procedure reported\")=(36554-4,LN,\"XR Chest Single view\")>", tree, StringComparison.Ordinal);
        Assert.Contains("<contains NUM:(ANOMALY_SCORE,99SIMSID,\"SimSID anomaly score\")=\"0.83\" (1,UCUM,\"no units\")>", tree, StringComparison.Ordinal);
        Assert.Contains("<contains NUM:(ANOMALY_SCORE,99SIMSID,\"SimSID anomaly score\")=\"0.21\" (1,UCUM,\"no units\")>", tree, StringComparison.Ordinal);
        Assert.Contains("<has concept mod TEXT:(111001,DCM,\"Algorithm Name\")=\"SimSID\">", tree, StringComparison.Ordinal);
        Assert.Contains("<has concept mod TEXT:(111003,DCM,\"Algorithm Version\")=\"2026-11-28.1\">", tree, StringComparison.Ordinal);
        Assert.Contains("<contains CODE:(121402,DCM,\"Normality\")=(263654008,SCT,\"Abnormal\")>", tree, StringComparison.Ordinal);
        Assert.Contains("<contains CODE:(121403,DCM,\"Level of Significance\")=(386134007,SCT,\"Significant\")>", tree, StringComparison.Ordinal);
        Assert.Contains("<contains CODE:(121402,DCM,\"Normality\")=(17621005,SCT,\"Normal\")>", tree, StringComparison.Ordinal);
        Assert.Contains("<contains IMAGE:(260753009,SCT,\"Source\")=(CR image,)>", tree, StringComparison.Ordinal);
        Assert.Contains("Verification Flag   : UNVERIFIED", tree, StringComparison.Ordinal);
        Assert.Contains("Preliminary Flag    : PRELIMINARY", tree, StringComparison.Ordinal);
    }

    [Fact]
    public void Dsr2xml_TriageReport_Succeeds()
    {
        var path = WriteReport(new TriageReportOptions(), "report.dcm");

        var result = ExternalTool.Run("dsr2xml", path);

        Assert.True(result.ExitCode == 0, $"dsr2xml exited {result.ExitCode}:\n{result.Combined}");
        Assert.DoesNotContain("E: ", result.Combined, StringComparison.Ordinal);
        Assert.Contains("ANOMALY_SCORE", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("<value>0.83</value>", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Pydicom_TriageReport_ReadsPatientTreeAndScores()
    {
        var path = WriteReport(new TriageReportOptions(), "report.dcm");
        const string Script = """
            import sys, pydicom
            ds = pydicom.dcmread(sys.argv[1])
            def walk(items):
                for item in items:
                    yield item
                    if "ContentSequence" in item:
                        yield from walk(item.ContentSequence)
            scores = [i.MeasuredValueSequence[0].NumericValue for i in walk(ds.ContentSequence) if i.ValueType == "NUM"]
            evidence = ds.CurrentRequestedProcedureEvidenceSequence[0]
            print(ds.SOPClassUID, ds.Modality, ds.SeriesNumber, str(ds.PatientName), evidence.StudyInstanceUID)
            print(ds.ContentTemplateSequence[0].TemplateIdentifier, ds.CodingSchemeIdentificationSequence[0].CodingSchemeDesignator)
            print(",".join(str(s) for s in scores), len(evidence.ReferencedSeriesSequence[0].ReferencedSOPSequence))
            """;

        var result = ExternalTool.Run(Python(), "-c", Script, path);

        Assert.True(result.ExitCode == 0, $"python3/pydicom exited {result.ExitCode}:\n{result.Combined}");
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{DicomUid.Comprehensive3DSRStorage} SR 9901 Müller^Jörg {SourceImages.StudyInstanceUid}", lines[0]);
        Assert.Equal("1500 99SIMSID", lines[1]);
        Assert.Equal("0.83,0.21 2", lines[2]);
    }

    /// <summary>Debian's python3 carries python3-pydicom; a pyenv shim earlier on PATH may not.</summary>
    private static string Python() => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

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
