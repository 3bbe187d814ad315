using static TorchSharp.torch;

namespace SimSid.Model.Data;

/// <summary>
/// The paper's augmentation (§4.2): random translation within ±<see cref="MaxTranslate"/> of the size in each direction,
/// rounded to whole pixels, and random scaling in [<see cref="MinScale"/>, <see cref="MaxScale"/>] about the centre;
/// nearest-neighbour sampling, black fill; no rotation, shear, flip or intensity change.
/// </summary>
internal sealed class RandomAffineAugmentation(double maxTranslate, double minScale, double maxScale, Random random)
{
    public double MaxTranslate { get; } = maxTranslate;

    public double MinScale { get; } = minScale;

    public double MaxScale { get; } = maxScale;

    /// <summary>Augments a (B, 1, S, S) batch in [0, 1] (before normalisation, so the fill is black).</summary>
    public Tensor Apply(Tensor images)
    {
        ArgumentNullException.ThrowIfNull(images);
        var (b, size) = (images.shape[0], images.shape[2]);
        var theta = new float[b * 6];
        var maxShift = MaxTranslate * size;
        for (var i = 0; i < b; i++)
        {
            var scale = MinScale + (random.NextDouble() * (MaxScale - MinScale));
            var tx = Math.Round(((random.NextDouble() * 2) - 1) * maxShift);
            var ty = Math.Round(((random.NextDouble() * 2) - 1) * maxShift);

            // affine_grid maps output to input coordinates in [−1, 1]: in = (out − t) / scale.
            theta[(i * 6) + 0] = (float)(1 / scale);
            theta[(i * 6) + 2] = (float)(-2 * tx / size / scale);
            theta[(i * 6) + 4] = (float)(1 / scale);
            theta[(i * 6) + 5] = (float)(-2 * ty / size / scale);
        }

        using var scope = NewDisposeScope();
        var grid = nn.functional.affine_grid(tensor(theta, [b, 2, 3]), [b, 1, size, size], align_corners: false);
        var result = nn.functional.grid_sample(images, grid, GridSampleMode.Nearest, GridSamplePaddingMode.Zeros, align_corners: false);
        return result.MoveToOuterDisposeScope();
    }
}
