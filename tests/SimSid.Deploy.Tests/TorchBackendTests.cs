using System.Text.Json;

namespace SimSid.Deploy.Tests;

/// <summary>
/// The image's TORCH_BACKEND build argument: deploy/docker/TorchBackend.targets swaps the LibTorch package of the
/// simsid executable. Checked by MSBuild evaluation (no restore: the CUDA package is not served here).
/// </summary>
public sealed class TorchBackendTests
{
    [Theory]
    [InlineData("cpu", "libtorch-cpu-linux-x64")]
    [InlineData("cuda", "libtorch-cuda-12.8-linux-x64")]
    public void TorchBackendTargets_Backend_SelectsLibTorchPackage(string backend, string expectedPackage)
    {
        var result = DeployTools.Run(
            "dotnet", "msbuild", "src/SimSid/SimSid.csproj", "-getItem:PackageReference", "-nologo",
            $"-p:SimSidTorchBackend={backend}",
            $"-p:CustomAfterMicrosoftCommonTargets={Path.Combine(DeployTools.RepositoryRoot, "deploy", "docker", "TorchBackend.targets")}");
        Assert.True(result.ExitCode == 0, result.Combined);

        using var json = JsonDocument.Parse(result.StandardOutput);
        var libTorch = json.RootElement.GetProperty("Items").GetProperty("PackageReference").EnumerateArray()
            .Select(i => i.GetProperty("Identity").GetString())
            .Where(id => id!.StartsWith("libtorch-", StringComparison.Ordinal))
            .ToList();

        Assert.Equal([expectedPackage], libTorch);
    }
}
