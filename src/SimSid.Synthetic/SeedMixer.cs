namespace SimSid.Synthetic;

/// <summary>
/// Derives independent, platform-stable seeds for the random streams of one case (SplitMix64 finaliser over
/// seed, index and stream). Never uses <see cref="HashCode"/>, whose values change from process to process.
/// </summary>
internal static class SeedMixer
{
    public const int AnatomyStream = 1;
    public const int AnomalyStream = 2;
    public const int NoiseStream = 3;
    public const int TextureStream = 4;

    public static int Derive(int seed, int index, int stream)
    {
        var z = unchecked(((ulong)(uint)seed << 32) ^ (uint)index ^ ((ulong)(uint)stream * 0x9E3779B97F4A7C15UL));
        z = unchecked(z + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }

    public static Random Create(int seed, int index, int stream) => new(Derive(seed, index, stream));
}
