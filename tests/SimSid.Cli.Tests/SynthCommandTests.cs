using SimSid.Testing;

namespace SimSid.Cli.Tests;

public sealed class SynthCommandTests
{
    private static readonly string Simsid = Path.Combine(AppContext.BaseDirectory, "simsid.dll");

    [Fact]
    public void Synth_PngCases_WritesNormalAndAbnormalFolders()
    {
        using var dir = new TempDirectory("cli-synth");

        var result = ExternalTool.Run(
            "dotnet", Simsid, "synth", "--out", dir.Path, "--count", "4", "--size", "32", "--format", "png", "--seed", "3");

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.Equal(
            ["chest-00000.png", "chest-00002.png"],
            Directory.GetFiles(dir.Combine("NORMAL")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["chest-00001.png", "chest-00003.png"],
            Directory.GetFiles(dir.Combine("ABNORMAL")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("2 NORMAL, 2 ABNORMAL", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("SYNTHETIC^", result.Combined, StringComparison.Ordinal);
    }

    [Fact]
    public void Synth_DefaultFormat_WritesDicomFiles()
    {
        using var dir = new TempDirectory("cli-synth-dcm");

        var result = ExternalTool.Run("dotnet", Simsid, "synth", "--out", dir.Path, "--count", "3", "--size", "32", "--abnormal-fraction", "0");

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.Equal(3, Directory.GetFiles(dir.Combine("NORMAL"), "*.dcm").Length);
        Assert.Empty(Directory.GetFiles(dir.Combine("ABNORMAL")));
    }

    [Theory]
    [InlineData("--abnormal-fraction", "1.5")]
    [InlineData("--count", "-1")]
    [InlineData("--size", "4")]
    [InlineData("--format", "jpeg")]
    public void Synth_BadOption_FailsWithoutWriting(string option, string value)
    {
        using var dir = new TempDirectory("cli-synth-bad");
        var output = dir.Combine("out");

        var result = ExternalTool.Run("dotnet", Simsid, "synth", "--out", output, option, value);

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(Directory.Exists(output));
    }
}
