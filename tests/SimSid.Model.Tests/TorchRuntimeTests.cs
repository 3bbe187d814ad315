using TorchSharp;

namespace SimSid.Model.Tests;

public sealed class TorchRuntimeTests
{
    [Fact]
    public void NativeLibrary_OnThisPlatform_LoadsAndComputes()
    {
        using var a = torch.ones(2, 3);
        using var b = a.sum();
        Assert.Equal(6f, b.item<float>());
    }
}
