namespace SimSid.Deploy.Tests;

/// <summary>yamllint (the repository's .yamllint.yml) on compose and chart values; dockerfilelint on the Dockerfile.</summary>
public sealed class LintTests
{
    [Fact]
    public void Yamllint_ComposeAndChartValues_ReportsNothing()
    {
        var result = DeployTools.Run(
            "yamllint", "-s", "-c", ".yamllint.yml", "docker-compose.yml", "deploy/compose/docker-compose.gpu.yml",
            "helm/simsid/Chart.yaml", "helm/simsid/values.yaml", "helm/simsid/ci/gpu-values.yaml");

        Assert.True(result.ExitCode == 0, result.Combined);
    }

    [Fact]
    public void Dockerfilelint_Dockerfile_FindsNoIssues()
    {
        var result = DeployTools.Run(DeployTools.Dockerfilelint, "-c", "deploy/docker", "deploy/docker/Dockerfile");

        Assert.True(result.ExitCode == 0, result.Combined);
    }
}
