using SimSid.Dicom.Imaging;

namespace SimSid.Dicom.Tests.Imaging;

public sealed class VoiWindowTests
{
    [Theory]
    // PS3.3 C.11.2.1.2.1, c = 2048, w = 4096: below c - 0.5 - (w-1)/2 = 0 is the minimum, above c - 0.5 + (w-1)/2 = 4095 the maximum.
    [InlineData(0, 0.0)]
    [InlineData(-10, 0.0)]
    [InlineData(4095.5, 1.0)]
    [InlineData(2047.5, 0.5)]
    [InlineData(1024, 0.25006105)]
    public void Apply_Linear_FollowsStandardFormula(double x, double expected)
    {
        var window = new VoiWindow(2048, 4096, VoiLutFunction.Linear);

        Assert.Equal(expected, window.Apply(x), 6);
    }

    [Fact]
    public void Apply_LinearWidthOne_IsAThreshold()
    {
        var window = new VoiWindow(100, 1, VoiLutFunction.Linear);

        Assert.Equal(0.0, window.Apply(99.5));
        Assert.Equal(1.0, window.Apply(99.6));
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(100, 0.5)]
    [InlineData(150, 1.0)]
    [InlineData(125, 0.75)]
    public void Apply_LinearExact_FollowsStandardFormula(double x, double expected)
    {
        var window = new VoiWindow(100, 100, VoiLutFunction.LinearExact);

        Assert.Equal(expected, window.Apply(x), 9);
    }

    [Fact]
    public void Apply_Sigmoid_IsHalfAtCenterAndMonotonic()
    {
        var window = new VoiWindow(100, 50, VoiLutFunction.Sigmoid);

        Assert.Equal(0.5, window.Apply(100), 9);
        Assert.Equal(1.0 / (1.0 + Math.Exp(-4.0 * 25 / 50)), window.Apply(125), 9);
        Assert.True(window.Apply(0) < 0.001);
    }

    [Fact]
    public void FromDataset_MultipleValues_TakesFirstAndReadsFunction()
    {
        var ds = new DicomDataset()
            .AddOrUpdate(DicomTag.WindowCenter, DicomVR.DS, "40", "400")
            .AddOrUpdate(DicomTag.WindowWidth, DicomVR.DS, "80", "2000")
            .AddOrUpdate(DicomTag.VOILUTFunction, "SIGMOID");

        Assert.Equal(new VoiWindow(40, 80, VoiLutFunction.Sigmoid), VoiWindow.FromDataset(ds));
    }

    [Theory]
    [InlineData("0.5", null)]
    [InlineData("0", "LINEAR_EXACT")]
    public void FromDataset_InvalidWidth_IsIgnored(string width, string? function)
    {
        var ds = new DicomDataset().AddOrUpdate(DicomTag.WindowCenter, "40").AddOrUpdate(DicomTag.WindowWidth, width);
        if (function is not null)
        {
            ds.AddOrUpdate(DicomTag.VOILUTFunction, function);
        }

        Assert.Null(VoiWindow.FromDataset(ds));
    }
}
