using static TorchSharp.torch;

namespace SimSid.Model.Network;

/// <summary>
/// Moves between image layout (B, C, H, W) and patch-batch layout (B·G², C, H/G, W/G), image-major with patches in
/// row-major order (index b·G² + row·G + column), and flattens windows channel-major.
/// </summary>
internal static class PatchLayout
{
    /// <summary>(B, C, H, W) → (B·G², C, H/G, W/G).</summary>
    public static Tensor Split(Tensor image, int grid)
    {
        var (b, c, h, w) = (image.shape[0], image.shape[1], image.shape[2], image.shape[3]);
        return image.reshape(b, c, grid, h / grid, grid, w / grid)
            .permute(0, 2, 4, 1, 3, 5)
            .reshape(b * grid * grid, c, h / grid, w / grid);
    }

    /// <summary>(B·G², C, h, w) → (B, C, G·h, G·w); the inverse of <see cref="Split"/>.</summary>
    public static Tensor Merge(Tensor patches, int grid)
    {
        var (n, c, h, w) = (patches.shape[0], patches.shape[1], patches.shape[2], patches.shape[3]);
        var b = n / (grid * grid);
        return patches.reshape(b, grid, grid, c, h, w)
            .permute(0, 3, 1, 4, 2, 5)
            .reshape(b, c, grid * h, grid * w);
    }

    /// <summary>(N, C, H, W) → (N, S², C·(H/S)·(W/S)): S×S windows in row-major order, each flattened channel-major.</summary>
    public static Tensor Windows(Tensor features, int subGrid)
    {
        var (n, c, h, w) = (features.shape[0], features.shape[1], features.shape[2], features.shape[3]);
        return features.reshape(n, c, subGrid, h / subGrid, subGrid, w / subGrid)
            .permute(0, 2, 4, 1, 3, 5)
            .reshape(n, subGrid * subGrid, c * (h / subGrid) * (w / subGrid));
    }

    /// <summary>The inverse of <see cref="Windows"/> for a feature map of <paramref name="channels"/> × <paramref name="height"/> × <paramref name="width"/>.</summary>
    public static Tensor FromWindows(Tensor windows, int subGrid, long channels, long height, long width)
    {
        var n = windows.shape[0];
        return windows.reshape(n, subGrid, subGrid, channels, height / subGrid, width / subGrid)
            .permute(0, 3, 1, 4, 2, 5)
            .reshape(n, channels, height, width);
    }
}
