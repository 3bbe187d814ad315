using static TorchSharp.torch;

namespace SimSid.Model;

/// <summary>Names and TorchSharp types of <see cref="ComputePrecision"/>.</summary>
public static class ComputePrecisions
{
    public static IReadOnlyList<string> Names { get; } = ["float32", "bfloat16"];

    public static ComputePrecision Parse(string name) => (name ?? throw new ArgumentNullException(nameof(name))).ToUpperInvariant() switch
    {
        "FLOAT32" or "FP32" => ComputePrecision.Fp32,
        "BFLOAT16" or "BF16" => ComputePrecision.Bf16,
        _ => throw new ArgumentException($"Unknown precision '{name}'; use float32 or bfloat16.", nameof(name)),
    };

    public static string Name(this ComputePrecision precision) => precision == ComputePrecision.Bf16 ? "bfloat16" : "float32";

    internal static ScalarType ScalarType(this ComputePrecision precision) =>
        precision == ComputePrecision.Bf16 ? TorchSharp.torch.ScalarType.BFloat16 : TorchSharp.torch.ScalarType.Float32;
}
