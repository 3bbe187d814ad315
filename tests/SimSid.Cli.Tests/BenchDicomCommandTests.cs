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
        // Ours and dcmtk's raw process time are always measured; dcmtk's start-up-corrected figure may be n/a when a
        // single run on a busy machine is shorter than the measured start-up, so it is not asserted.
        Assert.True(CountNumbers(parse) >= 3, parse);
        Assert.True(CountNumbers(decode) >= 3, decode);
    }

    private static int CountNumbers(string row)
    {
        return row.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Count(t => double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _));
    }
}
