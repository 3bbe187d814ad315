using static TorchSharp.torch;

namespace SimSid.Model;

/// <summary>
/// Resolves cpu, cuda or auto (any case) to a TorchSharp device for training and scoring: auto takes the GPU when one
/// is visible, cuda without a CUDA device or CUDA build of LibTorch is a clear error rather than a silent CPU run.
/// </summary>
public static class ComputeDevice
{
    public static Device Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (name.ToUpperInvariant())
        {
            case "CPU":
                return CPU;
            case "CUDA":
                if (!cuda.is_available())
                {
                    throw new NotSupportedException("Device cuda was asked for, but no CUDA device or CUDA build of LibTorch is available (this build ships the CPU LibTorch; build the GPU image with TORCH_BACKEND=cuda).");
                }

                return CUDA;
            case "AUTO":
                return cuda.is_available() ? CUDA : CPU;
            default:
                throw new ArgumentException($"Unknown device '{name}'; use cpu, cuda or auto.", nameof(name));
        }
    }
}
