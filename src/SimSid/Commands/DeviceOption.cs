using System.CommandLine;

namespace SimSid.Commands;

/// <summary>The <c>--device cpu|cuda|auto</c> option of the model verbs (default cpu).</summary>
internal static class DeviceOption
{
    public static Option<string> Create(string description = "Compute device: cpu, cuda or auto (the GPU when one is visible).")
    {
        var device = new Option<string>("--device") { Description = description, DefaultValueFactory = _ => "cpu" };
        device.AcceptOnlyFromAmong("cpu", "cuda", "auto");
        return device;
    }
}
