using SimSid.Model.Scoring;
using SimSid.Testing;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

public sealed class ComputeDeviceTests
{
    [Theory]
    [InlineData("cpu")]
    [InlineData("CPU")]
    public void Resolve_Cpu_IsTheCpu(string name) => Assert.Equal(DeviceType.CPU, ComputeDevice.Resolve(name).type);

    [Fact]
    public void Resolve_Auto_TakesTheGpuOnlyWhenOneIsVisible() =>
        Assert.Equal(cuda.is_available() ? DeviceType.CUDA : DeviceType.CPU, ComputeDevice.Resolve("auto").type);

    [Fact]
    public void Resolve_CudaWithoutAGpu_FailsWithAMessageInsteadOfRunningOnTheCpu()
    {
        if (cuda.is_available())
        {
            Assert.Equal(DeviceType.CUDA, ComputeDevice.Resolve("cuda").type);
            return;
        }

        var error = Assert.Throws<NotSupportedException>(() => ComputeDevice.Resolve("cuda"));
        Assert.Contains("no CUDA device or CUDA build of LibTorch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnknownName_IsRejected() => Assert.Throws<ArgumentException>(() => ComputeDevice.Resolve("tpu"));

    [Fact]
    public void Open_OnAuto_ScoresOnTheResolvedDeviceAsOnTheCpu()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-device");
        UntrainedTinyModel.Save(temp.Path);

        var images = SyntheticChests.Create(2, 2, 32, seed: 3);
        var prepared = Enumerable.Range(0, images.Count).Select(images.Pixels).ToList();
        using var cpuEngine = InferenceEngine.Open(temp.Path, device: "cpu");
        using var autoEngine = InferenceEngine.Open(temp.Path, device: "auto");

        Assert.Equal("cpu", cpuEngine.DeviceName);
        Assert.Equal(cuda.is_available() ? "cuda" : "cpu", autoEngine.DeviceName);
        var onCpu = cpuEngine.RawLogits(prepared);
        var onAuto = autoEngine.RawLogits(prepared);
        Assert.Equal(onCpu.Select(v => Math.Round(v, 3)), onAuto.Select(v => Math.Round(v, 3)));
        Assert.Equal(32 * 32, autoEngine.Reconstruct(prepared[0]).Length);
    }
}
