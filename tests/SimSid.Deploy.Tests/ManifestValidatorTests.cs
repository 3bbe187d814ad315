using SimSid.Testing;

namespace SimSid.Deploy.Tests;

/// <summary>The offline manifest validator (deploy/validate/validate-manifests.mjs) rejects what a cluster would.</summary>
public sealed class ManifestValidatorTests
{
    [Fact]
    public void ValidateManifests_WrongFieldType_Rejected()
    {
        var result = Validate("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: broken
            spec:
              replicas: two
              selector:
                matchLabels: {app: x}
              template:
                metadata:
                  labels: {app: x}
                spec:
                  containers:
                    - name: c
                      image: simsid:dev
            """);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("replicas must be integer", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateManifests_SelectorNotMatchingPods_Rejected()
    {
        var result = Validate("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: mismatched
            spec:
              selector:
                matchLabels: {app: gateway}
              template:
                metadata:
                  labels: {app: inference}
                spec:
                  containers:
                    - name: c
                      image: simsid:dev
            """);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not match the pod template labels", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateManifests_UnknownKind_Rejected()
    {
        var result = Validate("""
            apiVersion: example.org/v1
            kind: Gadget
            metadata:
              name: g
            """);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no schema known", result.StandardError, StringComparison.Ordinal);
    }

    private static ToolResult Validate(string manifest)
    {
        using var dir = new TempDirectory("deploy-validate");
        var file = dir.Combine("manifest.yaml");
        File.WriteAllText(file, manifest);
        return DeployTools.Run("node", DeployTools.ValidatorScript("validate-manifests.mjs"), file);
    }
}
