using System.Text.Json;
using SimSid.Testing;

namespace SimSid.Cli.Tests;

public sealed class InfoCommandTests
{
    private static readonly string Simsid = Path.Combine(AppContext.BaseDirectory, "simsid.dll");

    private static readonly string[] ExpectedFields =
    [
        "SOPClassUID", "SOPInstanceUID", "StudyInstanceUID", "SeriesInstanceUID", "Modality", "Rows", "Columns",
        "BitsAllocated", "BitsStored", "PhotometricInterpretation", "TransferSyntaxUID", "ViewPosition", "BodyPartExamined",
    ];

    [Fact]
    public void Info_Dump2dcmFile_PrintsExactlyTheFieldsAndNoPatientData()
    {
        using var temp = new TempDirectory("cli-info");
        var path = CliFixtures.CreateCr(temp, "a");

        var result = ExternalTool.Run("dotnet", Simsid, "info", path);

        Assert.True(result.ExitCode == 0, result.Combined);
        var line = Assert.Single(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(ExpectedFields, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1.2.840.10008.5.1.4.1.1.1", root.GetProperty("SOPClassUID").GetString());
        Assert.Equal(CliFixtures.SopInstanceUid("a"), root.GetProperty("SOPInstanceUID").GetString());
        Assert.Equal("CR", root.GetProperty("Modality").GetString());
        Assert.Equal(CliFixtures.Rows, root.GetProperty("Rows").GetInt32());
        Assert.Equal(CliFixtures.Columns, root.GetProperty("Columns").GetInt32());
        Assert.Equal(16, root.GetProperty("BitsAllocated").GetInt32());
        Assert.Equal(12, root.GetProperty("BitsStored").GetInt32());
        Assert.Equal("MONOCHROME1", root.GetProperty("PhotometricInterpretation").GetString());
        Assert.Equal("1.2.840.10008.1.2.1", root.GetProperty("TransferSyntaxUID").GetString());
        Assert.Equal("PA", root.GetProperty("ViewPosition").GetString());
        Assert.Equal("CHEST", root.GetProperty("BodyPartExamined").GetString());
        Assert.DoesNotContain(CliFixtures.PatientName, result.Combined, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(CliFixtures.PatientId, result.Combined, StringComparison.Ordinal);
        Assert.DoesNotContain(CliFixtures.PatientBirthDate, result.Combined, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_SeveralFilesOneUnreadable_PrintsTheGoodOnesAndFailsWithOneLineReason()
    {
        using var temp = new TempDirectory("cli-info-bad");
        var good = CliFixtures.CreateCr(temp, "b");
        var bad = temp.Combine("not-dicom.dcm");
        File.WriteAllBytes(bad, [.. Enumerable.Repeat((byte)0x41, 300)]);

        var result = ExternalTool.Run("dotnet", Simsid, "info", good, bad, good);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(2, result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var errorLine = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("not-dicom.dcm", errorLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_MissingFile_FailsNamingIt()
    {
        var result = ExternalTool.Run("dotnet", Simsid, "info", "/nonexistent/x.dcm");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("/nonexistent/x.dcm", result.StandardError, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Info_SharedRadiographs_PrintOneObjectEachWithoutPatientData()
    {
        var files = Directory.GetFiles(SharedData.Path("dicom"), "*.dcm").Order(StringComparer.Ordinal).ToArray();

        var result = ExternalTool.Run("dotnet", [Simsid, "info", .. files]);

        Assert.True(result.ExitCode == 0, result.Combined);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(files.Length, lines.Length);
        foreach (var (line, file) in lines.Zip(files))
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(ExpectedFields, json.RootElement.EnumerateObject().Select(p => p.Name));
            foreach (var value in PatientValues(file))
            {
                Assert.DoesNotContain(value, line, StringComparison.Ordinal);
            }
        }

        Assert.Contains("\"TransferSyntaxUID\":\"1.2.840.10008.1.2.4.91\"", result.StandardOutput, StringComparison.Ordinal);
    }

    /// <summary>Patient name, ID and birth date as dcmdump (an independent reader) sees them.</summary>
    private static IEnumerable<string> PatientValues(string file)
    {
        var dump = ExternalTool.RunChecked("dcmdump", "-q", "+P", "0010,0010", "+P", "0010,0020", "+P", "0010,0030", file).StandardOutput;
        foreach (var line in dump.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var open = line.IndexOf('[', StringComparison.Ordinal);
            var close = line.IndexOf(']', StringComparison.Ordinal);
            if (open >= 0 && close > open + 1)
            {
                yield return line[(open + 1)..close];
            }
        }
    }
}
