using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

public sealed class PixelRangeTests
{
    [Fact]
    public void ToSigned_MapsUnitIntervalOntoMinusOneToOne()
    {
        using var unit = tensor(new float[] { 0f, 0.25f, 0.5f, 1f });

        using var signed = PixelRange.ToSigned(unit);

        Assert.Equal([-1f, -0.5f, 0f, 1f], signed.data<float>().ToArray());
    }

    [Fact]
    public void ToUnit_InvertsToSignedAndClampsOutOfRangeValues()
    {
        using var signed = tensor(new float[] { -1.5f, -1f, 0f, 0.5f, 1f, 2f });

        using var unit = PixelRange.ToUnit(signed);

        Assert.Equal([0f, 0f, 0.5f, 0.75f, 1f, 1f], unit.data<float>().ToArray());
    }
}
