namespace SimSid.Imaging.Tests;

public sealed class ImageResizerTests
{
    [Fact]
    public void Resize_ConstantImage_StaysConstant()
    {
        var image = Filled(300, 200, 0.37f);

        var resized = ImageResizer.Resize(image, 128, 128);

        Assert.Equal(128, resized.Width);
        Assert.Equal(128, resized.Height);
        Assert.All(resized.Pixels, v => Assert.Equal(0.37f, v, 5));
    }

    [Fact]
    public void Resize_FineCheckerboardDownsampled_AveragesInsteadOfAliasing()
    {
        // One-pixel checkerboard: point sampling would give all 0 or all 1; a filter whose support grows
        // with the scale factor must give the mean.
        var image = new GrayImage(256, 256);
        for (var y = 0; y < 256; y++)
        {
            for (var x = 0; x < 256; x++)
            {
                image[x, y] = (x + y) % 2;
            }
        }

        var resized = ImageResizer.Resize(image, 32, 32);

        Assert.All(resized.Pixels, v => Assert.InRange(v, 0.45f, 0.55f));
    }

    [Fact]
    public void Resize_HorizontalRamp_StaysMonotonicAndInRange()
    {
        var image = new GrayImage(1000, 10);
        for (var y = 0; y < 10; y++)
        {
            for (var x = 0; x < 1000; x++)
            {
                image[x, y] = x / 999f;
            }
        }

        var resized = ImageResizer.Resize(image, 100, 5);

        for (var x = 1; x < 100; x++)
        {
            Assert.True(resized[x, 2] > resized[x - 1, 2]);
        }

        // Output pixel 50 is centred at input position 505, i.e. between samples 504 and 505 (centres at j + 0.5).
        Assert.Equal(504.5f / 999f, resized[50, 2], 3);
    }

    [Fact]
    public void Resize_SharpEdgeUpsampled_ClampsCubicOvershoot()
    {
        var image = new GrayImage(4, 1, [0f, 0f, 1f, 1f]);

        var resized = ImageResizer.Resize(image, 64, 1);

        Assert.All(resized.Pixels, v => Assert.InRange(v, 0f, 1f));
        Assert.Equal(0f, resized.Pixels[0]);
        Assert.Equal(1f, resized.Pixels[63]);
    }

    [Fact]
    public void Resize_SameSize_ReturnsEqualCopy()
    {
        var image = new GrayImage(3, 2, [0f, 0.2f, 0.4f, 0.6f, 0.8f, 1f]);

        var resized = ImageResizer.Resize(image, 3, 2);

        Assert.NotSame(image.Pixels, resized.Pixels);
        Assert.Equal(image.Pixels, resized.Pixels);
    }

    [Fact]
    public void Resize_NonSquareToSquare_StretchesWholeImage()
    {
        // Left half dark, right half bright on a wide image: the square result keeps the split in the middle.
        var image = new GrayImage(400, 100);
        for (var y = 0; y < 100; y++)
        {
            for (var x = 200; x < 400; x++)
            {
                image[x, y] = 1f;
            }
        }

        var resized = ImageResizer.Resize(image, 16, 16);

        Assert.Equal(0f, resized[0, 8], 3);
        Assert.Equal(0f, resized[6, 8], 3);
        Assert.Equal(1f, resized[9, 8], 3);
        Assert.Equal(1f, resized[15, 8], 3);
    }

    [Theory]
    [InlineData(2048, 128)]
    [InlineData(224, 128)]
    [InlineData(100, 128)]
    [InlineData(1, 5)]
    public void KernelCreate_AnyScale_WeightsSumToOne(int input, int output)
    {
        var kernel = ResampleKernel.Create(input, output);

        for (var i = 0; i < output; i++)
        {
            var sum = 0.0;
            for (var k = 0; k < kernel.Counts[i]; k++)
            {
                sum += kernel.Weights[(i * kernel.TapsPerSample) + k];
            }

            Assert.Equal(1.0, sum, 5);
            Assert.InRange(kernel.Starts[i], 0, input - 1);
            Assert.InRange(kernel.Starts[i] + kernel.Counts[i], 1, input);
        }
    }

    [Fact]
    public void Cubic_KnownPoints_MatchesKeysKernel()
    {
        Assert.Equal(1.0, ResampleKernel.Cubic(0));
        Assert.Equal(0.0, ResampleKernel.Cubic(1), 12);
        Assert.Equal(0.0, ResampleKernel.Cubic(2), 12);
        Assert.Equal(0.5625, ResampleKernel.Cubic(0.5), 12);
        Assert.Equal(-0.0625, ResampleKernel.Cubic(1.5), 12);
    }

    private static GrayImage Filled(int width, int height, float value)
    {
        var pixels = new float[width * height];
        Array.Fill(pixels, value);
        return new GrayImage(width, height, pixels);
    }
}
