using SimSid.Model.Data;

namespace SimSid.Model.Tests;

/// <summary>
/// Tiny drawn "radiographs" for tests: a bright thorax with two dark lung fields, jittered a little, plus noise;
/// abnormal ones carry an obvious bright opacity inside one lung.
/// </summary>
internal static class SyntheticChests
{
    public static ImageSet Create(int normals, int abnormals, int size, int seed)
    {
        var random = new Random(seed);
        var items = new List<LabelledImage>();
        var images = new List<float[]>();
        for (var i = 0; i < normals + abnormals; i++)
        {
            var abnormal = i >= normals;
            items.Add(new LabelledImage($"/synthetic/{(abnormal ? "ABNORMAL" : "NORMAL")}/{i:D4}.png", abnormal));
            images.Add(Draw(size, abnormal, random));
        }

        return ImageSet.FromPixels(items, images, size);
    }

    public static float[] Draw(int size, bool abnormal, Random random)
    {
        var pixels = new float[size * size];
        var shiftX = (random.NextDouble() - 0.5) * 0.06;
        var shiftY = (random.NextDouble() - 0.5) * 0.06;
        var lungWidth = 0.17 + (random.NextDouble() * 0.03);
        var lesionSide = random.Next(2) == 0 ? -1 : 1;
        var lesionY = 0.45 + (random.NextDouble() * 0.15);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var u = ((x + 0.5) / size) - 0.5 - shiftX;
                var v = ((y + 0.5) / size) - 0.5 - shiftY;
                var value = 0.8;
                foreach (var side in new[] { -1, 1 })
                {
                    var dx = (u - (side * 0.2)) / lungWidth;
                    var dy = (v - 0.02) / 0.32;
                    if ((dx * dx) + (dy * dy) < 1)
                    {
                        value = 0.25;
                    }
                }

                if (abnormal)
                {
                    var lx = u - (lesionSide * 0.2);
                    var ly = v - lesionY + 0.5;
                    if ((lx * lx) + (ly * ly) < 0.012)
                    {
                        value = 0.95;
                    }
                }

                pixels[(y * size) + x] = (float)Math.Clamp(value + (Gaussian(random) * 0.03), 0, 1);
            }
        }

        return pixels;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
