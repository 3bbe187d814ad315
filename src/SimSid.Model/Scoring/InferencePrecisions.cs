using static TorchSharp.torch;

namespace SimSid.Model.Scoring;

/// <summary>Names and TorchSharp types of <see cref="InferencePrecision"/>.</summary>
public static class InferencePrecisions
{
    public static IReadOnlyList<string> Names { get; } = ["float32", "bfloat16"];

    public static InferencePrecision Parse(string name) => (name ?? throw new ArgumentNullException(nameof(name))).ToUpperInvariant() switch
    {
        "FLOAT32" or "FP32" => InferencePrecision.Fp32,
        "BFLOAT16" or "BF16" => InferencePrecision.Bf16,
        _ => throw new ArgumentException($"Unknown precision '{name}'; use float32 or bfloat16.", nameof(name)),
    };

    public static string Name(this InferencePrecision precision) => precision == InferencePrecision.Bf16 ? "bfloat16" : "float32";

    internal static ScalarType ScalarType(this InferencePrecision precision) =>
        precision == InferencePrecision.Bf16 ? TorchSharp.torch.ScalarType.BFloat16 : TorchSharp.torch.ScalarType.Float32;
}
