using static TorchSharp.torch;

namespace SimSid.Model.Network;

/// <summary>Gathers, for every patch of a G×G grid, the 8 surrounding tokens (row-major, centre skipped, zeros outside the grid).</summary>
internal static class NeighbourTokens
{
    /// <summary>(B, G², D) → (B·G², 8, D).</summary>
    public static Tensor Gather(Tensor tokens, int grid)
    {
        var (b, d) = (tokens.shape[0], tokens.shape[2]);
        var padded = nn.functional.pad(tokens.reshape(b, grid, grid, d).permute(0, 3, 1, 2), [1, 1, 1, 1]);
        var neighbours = new List<Tensor>(8);
        for (var dy = 0; dy < 3; dy++)
        {
            for (var dx = 0; dx < 3; dx++)
            {
                if (dy == 1 && dx == 1)
                {
                    continue;
                }

                // (B, D, G, G) window shifted by (dy − 1, dx − 1).
                neighbours.Add(padded.narrow(2, dy, grid).narrow(3, dx, grid));
            }
        }

        // (B, 8, D, G, G) → (B, G, G, 8, D) → (B·G², 8, D)
        return stack(neighbours, 1).permute(0, 3, 4, 1, 2).reshape(b * grid * grid, 8, d);
    }
}
