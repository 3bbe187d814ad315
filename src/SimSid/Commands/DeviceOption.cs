using System.CommandLine;
using SimSid.Model;

namespace SimSid.Commands;

/// <summary>The <c>--device cpu|cuda|auto</c> and <c>--precision float32|bfloat16</c> options of the model verbs.</summary>
internal static class DeviceOption
{
    public static Option<string> CreatePrecision(string description = "Number format the model scores in: float32 or bfloat16 (faster on AVX-512 BF16 CPUs and GPUs; check the AUC).")
    {
        var precision = new Option<string>("--precision") { Description = description, DefaultValueFactory = _ => "float32" };
        precision.AcceptOnlyFromAmong([.. ComputePrecisions.Names]);
        return precision;
    }

    public static Option<string> Create(string description = "Compute device: cpu, cuda or auto (the GPU when one is visible).")
    {
        var device = new Option<string>("--device") { Description = description, DefaultValueFactory = _ => "cpu" };
        device.AcceptOnlyFromAmong("cpu", "cuda", "auto");
        return device;
    }
}
