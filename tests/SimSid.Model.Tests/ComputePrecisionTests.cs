using SimSid.Model;
using SimSid.Model.Scoring;
using SimSid.Testing;

namespace SimSid.Model.Tests;

public sealed class ComputePrecisionTests
{
    [Theory]
    [InlineData("float32", ComputePrecision.Fp32)]
    [InlineData("FP32", ComputePrecision.Fp32)]
    [InlineData("bfloat16", ComputePrecision.Bf16)]
    [InlineData("bf16", ComputePrecision.Bf16)]
    public void Parse_KnownNames_GiveThePrecision(string name, ComputePrecision expected) => Assert.Equal(expected, ComputePrecisions.Parse(name));

    [Fact]
    public void Parse_UnknownName_IsRejectedWithTheChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => ComputePrecisions.Parse("int8"));
        Assert.Contains("float32 or bfloat16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_InBFloat16_ScoresCloseToFloat32AndReconstructsInFloat()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-precision");
        UntrainedTinyModel.Save(temp.Path);

        var images = SyntheticChests.Create(4, 4, 32, seed: 9);
        var prepared = Enumerable.Range(0, images.Count).Select(images.Pixels).ToList();
        using var full = InferenceEngine.Open(temp.Path);
        using var half = InferenceEngine.Open(temp.Path, precision: ComputePrecision.Bf16);

        var expected = full.RawLogits(prepared);
        var actual = half.RawLogits(prepared);

        Assert.Equal(ComputePrecision.Bf16, half.Precision);
        var spread = expected.Max() - expected.Min();
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(actual[i] - expected[i]) <= 0.05 * (1 + Math.Abs(expected[i])), $"image {i}: float32 {expected[i]}, bfloat16 {actual[i]} (spread {spread})");
        }

        var reconstruction = half.Reconstruct(prepared[0]);
        Assert.Equal(32 * 32, reconstruction.Length);
        Assert.All(reconstruction, v => Assert.InRange(v, 0f, 1f));
    }
}
