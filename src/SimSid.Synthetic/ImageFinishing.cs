namespace SimSid.Synthetic;

/// <summary>Detector noise and a slight unsharpness, applied to the displayed image in a fixed order.</summary>
internal static class ImageFinishing
{
    /// <summary>
    /// Adds approximately Gaussian noise (sum of three uniforms, no libm calls) with standard deviation
    /// <paramref name="sigma"/>, then mixes in a 3×3 binomial blur by <paramref name="blurAmount"/>.
    /// </summary>
    public static void AddNoiseAndBlur(double[] pixels, int width, int height, double sigma, double blurAmount, Random random)
    {
        // Three uniforms in [0,1) sum to a bell with variance 1/4: scale by 2σ.
        var scale = 2 * sigma;
        for (var i = 0; i < pixels.Length; i++)
        {
            var n = random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5;
            pixels[i] += scale * n;
        }

        if (blurAmount <= 0)
        {
            return;
        }

        var horizontal = new double[pixels.Length];
        for (var y = 0; y < height; y++)
        {
            var row = y * width;
            for (var x = 0; x < width; x++)
            {
                var left = pixels[row + Math.Max(x - 1, 0)];
                var right = pixels[row + Math.Min(x + 1, width - 1)];
                horizontal[row + x] = (left + (2 * pixels[row + x]) + right) * 0.25;
            }
        }

        for (var y = 0; y < height; y++)
        {
            var up = Math.Max(y - 1, 0) * width;
            var row = y * width;
            var down = Math.Min(y + 1, height - 1) * width;
            for (var x = 0; x < width; x++)
            {
                var blurred = (horizontal[up + x] + (2 * horizontal[row + x]) + horizontal[down + x]) * 0.25;
                pixels[row + x] += blurAmount * (blurred - pixels[row + x]);
            }
        }
    }
}
