using SimSid.Model.Configuration;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

public sealed class InputNormalizerTests
{
    [Fact]
    public void Apply_None_ReturnsTheImagesUnchanged()
    {
        using var images = tensor(Ramp(16), [1, 1, 4, 4]);

        var result = InputNormalizer.Apply(images, InputNormalization.None);

        Assert.Same(images, result);
    }

    [Fact]
    public void Apply_PerImage_BringsEveryImageToTheTargetMeanAndSpread()
    {
        var bright = Ramp(64).Select(v => 0.6f + (0.3f * v)).ToArray();
        var dim = Enumerable.Range(0, 64).Select(i => 0.2f + (0.1f * MathF.Sin(i * 0.3f))).ToArray(); // within 1.5 standard deviations: nothing clamped
        using var images = tensor(bright.Concat(dim).ToArray(), [2, 1, 8, 8]);

        using var result = InputNormalizer.Apply(images, InputNormalization.PerImage);

        for (var i = 0; i < 2; i++)
        {
            using var image = result[i];
            Assert.Equal(InputNormalizer.TargetMean, image.mean().item<float>(), 5);
            Assert.Equal(InputNormalizer.TargetStandardDeviation, image.std(unbiased: false).item<float>(), 5);
        }
    }

    [Fact]
    public void Apply_PerImage_MakesBrightnessAndContrastInvisible()
    {
        var original = Ramp(64).Select(v => 0.2f + (0.6f * MathF.Sqrt(v))).ToArray(); // skewed: some pixels are clamped
        var flatter = original.Select(v => 0.3f + (0.4f * v)).ToArray(); // the same picture, brighter and with less contrast
        using var a = tensor(original, [1, 1, 8, 8]);
        using var b = tensor(flatter, [1, 1, 8, 8]);

        using var normalisedA = InputNormalizer.Apply(a, InputNormalization.PerImage);
        using var normalisedB = InputNormalizer.Apply(b, InputNormalization.PerImage);

        Assert.False(a.allclose(b, rtol: 0, atol: 1e-3));
        Assert.True(normalisedA.allclose(normalisedB, rtol: 0, atol: 1e-5));
    }

    [Fact]
    public void Apply_PerImage_ShiftsAFlatImageToTheTargetMeanWithoutDividingByZero()
    {
        using var flat = full(new long[] { 1, 1, 4, 4 }, 0.9f);

        using var result = InputNormalizer.Apply(flat, InputNormalization.PerImage);

        Assert.All(result.data<float>().ToArray(), v => Assert.Equal(0.5f, v, 4));
    }

    [Fact]
    public void Apply_PerImage_ClampsOutliersToTheUnitInterval()
    {
        var pixels = new float[64];
        pixels[0] = 1f; // one bright pixel in a black image lies 7.9 standard deviations above the mean

        using var result = InputNormalizer.Apply(tensor(pixels, [1, 1, 8, 8]), InputNormalization.PerImage);

        var values = result.data<float>().ToArray();
        Assert.Equal(1f, values[0]);
        Assert.All(values, v => Assert.InRange(v, 0f, 1f));
    }

    private static float[] Ramp(int count) => [.. Enumerable.Range(0, count).Select(i => i / (float)(count - 1))];
}
