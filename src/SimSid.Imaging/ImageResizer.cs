namespace SimSid.Imaging;

/// <summary>
/// Antialiased resizing of <see cref="GrayImage"/>s: separable cubic convolution (a = -0.5) whose support
/// grows with the downscale factor, the filter Pillow applies by default (<c>Image.resize</c>, BICUBIC).
/// That is the resize the reference model's data loading used, so images prepared here match what it saw.
/// </summary>
public static class ImageResizer
{
    /// <summary>
    /// Resizes <paramref name="image"/> to exactly <paramref name="width"/> × <paramref name="height"/>
    /// (no aspect-ratio preservation: a caller that wants letterboxing or cropping does it first).
    /// Results are clamped to [0, 1], as Pillow clamps 8-bit images, so cubic overshoot at sharp edges
    /// never leaves the displayable range.
    /// </summary>
    public static GrayImage Resize(GrayImage image, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);

        if (width == image.Width && height == image.Height)
        {
            return new GrayImage(width, height, Clamped(image.Pixels));
        }

        var horizontal = HorizontalPass(image.Pixels, image.Width, image.Height, width);
        var result = VerticalPass(horizontal, width, image.Height, height);
        return new GrayImage(width, height, result);
    }

    private static float[] Clamped(float[] source)
    {
        var copy = new float[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            copy[i] = Math.Clamp(source[i], 0f, 1f);
        }

        return copy;
    }

    private static float[] HorizontalPass(float[] source, int sourceWidth, int rows, int targetWidth)
    {
        if (sourceWidth == targetWidth)
        {
            return source;
        }

        var kernel = ResampleKernel.Create(sourceWidth, targetWidth);
        var result = new float[targetWidth * rows];
        for (var y = 0; y < rows; y++)
        {
            var row = source.AsSpan(y * sourceWidth, sourceWidth);
            var output = result.AsSpan(y * targetWidth, targetWidth);
            for (var x = 0; x < targetWidth; x++)
            {
                var start = kernel.Starts[x];
                var taps = row.Slice(start, kernel.Counts[x]);
                var weights = kernel.Weights.AsSpan(x * kernel.TapsPerSample, taps.Length);
                var sum = 0f;
                for (var k = 0; k < taps.Length; k++)
                {
                    sum += taps[k] * weights[k];
                }

                output[x] = sum;
            }
        }

        return result;
    }

    private static float[] VerticalPass(float[] source, int width, int sourceHeight, int targetHeight)
    {
        var result = new float[width * targetHeight];
        if (sourceHeight == targetHeight)
        {
            for (var i = 0; i < source.Length; i++)
            {
                result[i] = Math.Clamp(source[i], 0f, 1f);
            }

            return result;
        }

        var kernel = ResampleKernel.Create(sourceHeight, targetHeight);
        for (var y = 0; y < targetHeight; y++)
        {
            var output = result.AsSpan(y * width, width);
            var start = kernel.Starts[y];
            var count = kernel.Counts[y];
            var weights = kernel.Weights.AsSpan(y * kernel.TapsPerSample, count);
            for (var k = 0; k < count; k++)
            {
                var row = source.AsSpan((start + k) * width, width);
                var w = weights[k];
                for (var x = 0; x < width; x++)
                {
                    output[x] += row[x] * w;
                }
            }

            for (var x = 0; x < width; x++)
            {
                output[x] = Math.Clamp(output[x], 0f, 1f);
            }
        }

        return result;
    }
}
