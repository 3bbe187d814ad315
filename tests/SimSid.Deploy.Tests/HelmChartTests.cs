using SimSid.Testing;

namespace SimSid.Deploy.Tests;

/// <summary>helm/simsid rendered by a real helm v4 binary: lint, schema-checked values, and what the manifests say.</summary>
public sealed class HelmChartTests
{
    public static TheoryData<string?> ValuesFiles => new() { null, "ci/gpu-values.yaml" };

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public void HelmLint_Strict_Passes(string? valuesFile)
    {
        var arguments = valuesFile is null
            ? new[] { "lint", "--strict", DeployTools.Chart }
            : ["lint", "--strict", DeployTools.Chart, "-f", Path.Combine(DeployTools.Chart, valuesFile)];

        var result = DeployTools.Run(DeployTools.Helm, arguments);

        Assert.True(result.ExitCode == 0, result.Combined);
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public void HelmTemplate_RenderedManifests_MatchKubernetesSchemas(string? valuesFile)
    {
        using var dir = new TempDirectory("deploy-helm");
        var rendered = dir.Combine("rendered.yaml");
        var render = DeployTools.RenderChart(rendered, valuesFile);
        Assert.True(render.ExitCode == 0, render.Combined);

        var result = DeployTools.Run("node", DeployTools.ValidatorScript("validate-manifests.mjs"), rendered);

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.StartsWith("OK ", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void HelmTemplate_GpuValues_ScalesInferenceOnQueueInHttpMode()
    {
        var scaledObject = Render("ci/gpu-values.yaml", "templates/inference-scaledobject.yaml");
        var deployment = Render("ci/gpu-values.yaml", "templates/inference-deployment.yaml");

        Assert.Contains("kind: ScaledObject", scaledObject, StringComparison.Ordinal);
        Assert.Contains("type: rabbitmq", scaledObject, StringComparison.Ordinal);
        Assert.Contains("protocol: http", scaledObject, StringComparison.Ordinal);
        Assert.Contains("mode: QueueLength", scaledObject, StringComparison.Ordinal);
        Assert.Contains("minReplicaCount: 0", scaledObject, StringComparison.Ordinal);
        Assert.Contains("maxReplicaCount: 8", scaledObject, StringComparison.Ordinal);
        Assert.Contains("nvidia.com/gpu: \"1\"", deployment, StringComparison.Ordinal);
        Assert.Contains("runtimeClassName: nvidia", deployment, StringComparison.Ordinal);
        Assert.Contains("value: \"cuda\"", deployment, StringComparison.Ordinal);
        // KEDA owns the replica count.
        Assert.DoesNotContain("replicas:", deployment, StringComparison.Ordinal);
    }

    [Fact]
    public void HelmTemplate_DefaultValues_NoKedaObjectsAndFixedReplicas()
    {
        var all = Render(null, null);

        Assert.DoesNotContain("kind: ScaledObject", all, StringComparison.Ordinal);
        Assert.DoesNotContain("kind: ServiceMonitor", all, StringComparison.Ordinal);
        Assert.Contains("replicas: 1", Render(null, "templates/inference-deployment.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void HelmTemplate_RetrainCronJob_ForbidsConcurrentRuns()
    {
        var cronJob = Render(null, "templates/retrain-cronjob.yaml");

        Assert.Contains("concurrencyPolicy: Forbid", cronJob, StringComparison.Ordinal);
        Assert.Contains("- retrain", cronJob, StringComparison.Ordinal);
    }

    [Fact]
    public void HelmTemplate_GatewayService_NamesItsPortDicom()
    {
        var service = Render(null, "templates/gateway-service.yaml");

        Assert.Contains("- name: dicom", service, StringComparison.Ordinal);
        Assert.Contains("port: 11112", service, StringComparison.Ordinal);
        Assert.DoesNotContain("management", service, StringComparison.Ordinal);
    }

    [Fact]
    public void HelmTemplate_Probes_UseHealthEndpointsOnManagementPort()
    {
        var gateway = Render(null, "templates/gateway-deployment.yaml");

        Assert.Contains("path: /health/live", gateway, StringComparison.Ordinal);
        Assert.Contains("path: /health/ready", gateway, StringComparison.Ordinal);
        Assert.Contains("port: management", gateway, StringComparison.Ordinal);
    }

    [Fact]
    public void HelmTemplate_ExistingSecret_RendersNoSecretAndReferencesIt()
    {
        var all = Render(null, null, "--set", "existingSecret=site-credentials");

        Assert.DoesNotContain("kind: Secret", all, StringComparison.Ordinal);
        Assert.Contains("name: site-credentials", all, StringComparison.Ordinal);
    }

    [Fact]
    public void HelmTemplate_Password_IsUrlEncodedInKedaManagementUri()
    {
        var secret = Render(null, "templates/secret.yaml", "--set", "rabbitmq.password=p@ss w/rd");

        Assert.Contains("http://simsid:p%40ss%20w%2Frd@rabbitmq:15672/%2F", secret, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inference.device=tpu", "inference/device")]
    [InlineData("gateway.aeTitle=THIS-AE-IS-TOO-LONG", "gateway/aeTitle")]
    [InlineData("retrain.schedule=nightly", "retrain/schedule")]
    [InlineData("gateway.dicomPort=104", "gateway/dicomPort")]
    [InlineData("gateway.replicaCount=2", "gateway")]
    public void HelmTemplate_InvalidValue_IsRejectedBySchema(string setting, string reportedPath)
    {
        var result = DeployTools.Run(DeployTools.Helm, "template", "simsid", DeployTools.Chart, "--set", setting);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(reportedPath, result.Combined, StringComparison.Ordinal);
    }

    private static string Render(string? valuesFile, string? showOnly, params string[] extra)
    {
        using var dir = new TempDirectory("deploy-helm");
        var arguments = showOnly is null ? extra : [.. extra, "--show-only", showOnly];
        var result = DeployTools.RenderChart(dir.Combine("rendered.yaml"), valuesFile, arguments);
        Assert.True(result.ExitCode == 0, result.Combined);
        return result.StandardOutput;
    }
}
