using SimSid.Imaging;

namespace SimSid.Synthetic;

/// <summary>Renders one phantom (anatomy plus an optional finding) into a square image, one pass per pixel.</summary>
internal static class PhantomRenderer
{
    /// <summary>Presence above which a pixel counts as part of the finding's region.</summary>
    private const double RegionThreshold = 0.5;

    public static (GrayImage Image, GrayImage? Presence, PixelRegion? Region) Render(
        PhantomAnatomy anatomy, ValueNoise texture, PhantomAnomaly? anomaly, int size, Random noise)
    {
        var density = new ThoraxDensity(anatomy, texture);
        var heart = anomaly?.AdjustHeart(anatomy.Heart) ?? anatomy.Heart;
        var values = new double[size * size];
        var presence = anomaly is null ? null : new float[size * size];
        int minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1;
        for (var py = 0; py < size; py++)
        {
            var imageY = ((py + 0.5) * 2 / size) - 1;
            for (var px = 0; px < size; px++)
            {
                var imageX = ((px + 0.5) * 2 / size) - 1;
                var (x, y) = anatomy.Pose.ToPhantom(imageX, imageY);
                var point = density.Evaluate(x, y, heart);
                if (anomaly is not null && presence is not null)
                {
                    var w = anomaly.Apply(ref point, x, y);
                    presence[(py * size) + px] = (float)w;
                    if (w > RegionThreshold)
                    {
                        minX = Math.Min(minX, px);
                        maxX = Math.Max(maxX, px);
                        minY = Math.Min(minY, py);
                        maxY = Math.Max(maxY, py);
                    }
                }

                values[(py * size) + px] = anatomy.Display.Apply(point.Density);
            }
        }

        ImageFinishing.AddNoiseAndBlur(values, size, size, anatomy.Display.NoiseSigma, anatomy.Display.BlurAmount, noise);
        var pixels = new float[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            pixels[i] = (float)Shape.Clamp01(values[i]);
        }

        PixelRegion? region = maxX < 0 ? null : new PixelRegion(minX, minY, maxX - minX + 1, maxY - minY + 1);
        var mask = presence is null ? null : new GrayImage(size, size, presence);
        return (new GrayImage(size, size, pixels), mask, region);
    }
}
