using SimSid.Testing;

namespace SimSid.Cli.Tests;

public sealed class BenchDicomCommandTests
{
    private static readonly string Simsid = Path.Combine(AppContext.BaseDirectory, "simsid.dll");

    [Fact]
    public void BenchDicom_OneRun_PrintsTableWithOursAndDcmtkRows()
    {
        // A smoke test of the verb (one run each); the figures themselves are not asserted.
        var result = ExternalTool.Run("dotnet", [Simsid, "bench", "dicom", "--runs", "1"], TimeSpan.FromMinutes(3));

        Assert.True(result.ExitCode == 0, result.Combined);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var parse = Assert.Single(lines, l => l.StartsWith("parse native", StringComparison.Ordinal));
        var decode = Assert.Single(lines, l => l.StartsWith("decode JPEG Lossless", StringComparison.Ordinal));
        Assert.DoesNotContain("n/a", parse, StringComparison.Ordinal);
        Assert.DoesNotContain("n/a", decode, StringComparison.Ordinal);
    }
}
