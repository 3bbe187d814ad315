using static TorchSharp.torch;

namespace SimSid.Model.Scoring;

/// <summary>
/// The views a model scores an image in: the image itself and, when the shift is positive, four copies moved that many
/// whole pixels left, right, up and down with black fill (the same kind of move as the training augmentation). The
/// discriminator's logits of the views are averaged, which evens out its sensitivity to where exactly the anatomy sits.
/// </summary>
internal static class ShiftedViews
{
    /// <summary>The shift a new model scores with unless told otherwise: 1/32 of the input side (4 pixels at 128).</summary>
    public static int DefaultShift(int imageSize) => imageSize / 32;

    /// <summary>The (dx, dy) offsets scored for <paramref name="shiftPixels"/>: (0, 0) alone, or (0, 0) and ±shift along each axis.</summary>
    public static IReadOnlyList<(int Dx, int Dy)> Offsets(int shiftPixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shiftPixels);
        return shiftPixels == 0
            ? [(0, 0)]
            : [(0, 0), (shiftPixels, 0), (-shiftPixels, 0), (0, shiftPixels), (0, -shiftPixels)];
    }

    /// <summary>
    /// (B, C, H, W) images moved <paramref name="dx"/> pixels right and <paramref name="dy"/> pixels down (negative: left,
    /// up); uncovered pixels are 0 and pixels moved past the edge are dropped.
    /// </summary>
    public static Tensor Translate(Tensor images, int dx, int dy)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (dx == 0 && dy == 0)
        {
            return images.alias();
        }

        var (height, width) = (images.shape[2], images.shape[3]);
        if (Math.Abs(dx) >= width || Math.Abs(dy) >= height)
        {
            throw new ArgumentOutOfRangeException(nameof(dx), $"A shift of ({dx}, {dy}) pixels leaves nothing of a {width}×{height} image.");
        }

        using var scope = NewDisposeScope();

        // pad = (left, right, top, bottom); then keep the window that starts where the moved image starts.
        var padded = nn.functional.pad(images, [Math.Max(dx, 0), Math.Max(-dx, 0), Math.Max(dy, 0), Math.Max(-dy, 0)]);
        var moved = padded.narrow(3, Math.Max(-dx, 0), width).narrow(2, Math.Max(-dy, 0), height).contiguous();
        return moved.MoveToOuterDisposeScope();
    }
}
