namespace SimSid.Synthetic;

/// <summary>
/// Smooth lattice ("value") noise in [0,1] from a seeded random lattice, interpolated with a cubic fade.
/// Used for lung markings and the irregular margins of opacities.
/// </summary>
internal sealed class ValueNoise
{
    private const int LatticeSize = 64;
    private const int Mask = LatticeSize - 1;
    private readonly double[] _lattice = new double[LatticeSize * LatticeSize];

    public ValueNoise(Random random)
    {
        for (var i = 0; i < _lattice.Length; i++)
        {
            _lattice[i] = random.NextDouble();
        }
    }

    public double Sample(double x, double y)
    {
        var fx = Math.Floor(x);
        var fy = Math.Floor(y);
        var ix = (int)fx & Mask;
        var iy = (int)fy & Mask;
        var tx = x - fx;
        var ty = y - fy;
        tx = tx * tx * (3 - (2 * tx));
        ty = ty * ty * (3 - (2 * ty));
        var ix1 = (ix + 1) & Mask;
        var iy1 = (iy + 1) & Mask;
        var a = _lattice[(iy * LatticeSize) + ix];
        var b = _lattice[(iy * LatticeSize) + ix1];
        var c = _lattice[(iy1 * LatticeSize) + ix];
        var d = _lattice[(iy1 * LatticeSize) + ix1];
        var top = a + ((b - a) * tx);
        var bottom = c + ((d - c) * tx);
        return top + ((bottom - top) * ty);
    }

    /// <summary>Ridged noise: thin bright lines where the noise crosses one half, like branching vessels.</summary>
    public double Ridged(double x, double y)
    {
        var r = 1 - (Math.Abs(Sample(x, y) - 0.5) * 2);
        return r * r;
    }
}
