namespace SimSid.Deploy.Tests;

/// <summary>The root docker-compose.yml, validated offline by Debian's docker-compose (no engine needed).</summary>
public sealed class ComposeTests
{
    [Fact]
    public void ComposeConfig_Quiet_ExitsZero()
    {
        var result = DeployTools.Run("docker-compose", "-f", "docker-compose.yml", "config", "-q");

        Assert.True(result.ExitCode == 0, result.Combined);
    }

    [Fact]
    public void ComposeConfig_GpuOverride_BuildsCudaImageAndReservesGpus()
    {
        var result = DeployTools.Run(
            "docker-compose", "-f", "docker-compose.yml", "-f", "deploy/compose/docker-compose.gpu.yml", "config");

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.DoesNotContain("TORCH_BACKEND: cpu", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("TORCH_BACKEND: cuda", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("driver: nvidia", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void ComposeConfig_Services_AreThePeersAndTheThreeRoles()
    {
        var result = DeployTools.Run("docker-compose", "-f", "docker-compose.yml", "config", "--services");

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.Equal(
            ["gateway", "inference", "orthanc", "rabbitmq", "retrain", "seq"],
            Lines(result.StandardOutput).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ComposeConfig_Volumes_IncludeArchiveAndModels()
    {
        var result = DeployTools.Run("docker-compose", "-f", "docker-compose.yml", "config", "--volumes");

        Assert.True(result.ExitCode == 0, result.Combined);
        var volumes = Lines(result.StandardOutput).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("archive", volumes);
        Assert.Contains("models", volumes);
    }

    [Fact]
    public void ComposeConfig_BrokenFile_IsRejected()
    {
        using var dir = new Testing.TempDirectory("deploy-compose");
        var broken = Path.Combine(dir.Path, "docker-compose.yml");
        File.WriteAllText(broken, "version: \"3.8\"\nservices:\n  gateway:\n    image: simsid:dev\n    portz: [\"11112\"]\n");

        var result = DeployTools.Run("docker-compose", "-f", broken, "config", "-q");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("portz", result.Combined, StringComparison.Ordinal);
    }

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
