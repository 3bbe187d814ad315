namespace SimSid.Synthetic;

/// <summary>
/// Small shaping functions for the phantom. Only +, −, ×, ÷ and square roots (all correctly rounded in IEEE 754),
/// so the same seed renders the same pixels on every machine; no sin/exp/pow from the platform's libm.
/// </summary>
internal static class Shape
{
    /// <summary>0 below <paramref name="edge0"/>, 1 above <paramref name="edge1"/>, a cubic ramp between.</summary>
    public static double Smoothstep(double edge0, double edge1, double x)
    {
        var t = (x - edge0) / (edge1 - edge0);
        if (t <= 0)
        {
            return 0;
        }

        if (t >= 1)
        {
            return 1;
        }

        return t * t * (3 - (2 * t));
    }

    public static double Clamp01(double x) => x < 0 ? 0 : (x > 1 ? 1 : x);

    /// <summary>A smooth periodic bump in [0,1] with period 1 (1 at integer x), a polynomial stand-in for a cosine.</summary>
    public static double PeriodicBump(double x)
    {
        var f = x - Math.Floor(x);
        var d = Math.Abs(f - 0.5) * 2; // 1 at integers, 0 half way
        return d * d * (3 - (2 * d));
    }

    /// <summary>A uniform value in [min, max).</summary>
    public static double Uniform(Random random, double min, double max) => min + ((max - min) * random.NextDouble());
}
