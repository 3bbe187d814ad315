using SimSid.Testing;

namespace SimSid.Deploy.Tests;

/// <summary>
/// Every Section__Key environment variable that compose, the Dockerfile and the chart (default and GPU values) set
/// is a configuration key of the application, as listed in docs/configuration.md.
/// </summary>
public sealed class EnvironmentVariableTests
{
    [Fact]
    public void EnvironmentVariables_ComposeDockerfileAndChart_AreDocumentedConfigurationKeys()
    {
        using var dir = new TempDirectory("deploy-env");
        var defaults = dir.Combine("default.yaml");
        var gpu = dir.Combine("gpu.yaml");
        Assert.Equal(0, DeployTools.RenderChart(defaults, null).ExitCode);
        Assert.Equal(0, DeployTools.RenderChart(gpu, "ci/gpu-values.yaml").ExitCode);

        var result = DeployTools.Run(
            "node", DeployTools.ValidatorScript("env-vars.mjs"),
            "--compose", "docker-compose.yml", "--compose", "deploy/compose/docker-compose.gpu.yml", "--dockerfile", "deploy/docker/Dockerfile",
            "--manifests", defaults, "--manifests", gpu, "--config", "docs/configuration.md");

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.Contains("all documented", result.StandardOutput, StringComparison.Ordinal);
    }
}
