using static TorchSharp.torch;

namespace SimSid.Model.Training;

/// <summary>Resolves cpu, cuda or auto to a TorchSharp device, with a clear error when CUDA is asked for but absent.</summary>
public static class TrainingDevice
{
    public static Device Resolve(string name)
    {
        switch (name.ToUpperInvariant())
        {
            case "CPU":
                return CPU;
            case "CUDA":
                if (!cuda.is_available())
                {
                    throw new NotSupportedException("--device cuda: no CUDA device or CUDA build of libtorch is available (this build ships the CPU libtorch).");
                }

                return CUDA;
            case "AUTO":
                return cuda.is_available() ? CUDA : CPU;
            default:
                throw new ArgumentException($"Unknown device '{name}'; use cpu, cuda or auto.", nameof(name));
        }
    }
}
