namespace SimSid.Synthetic;

/// <summary>An axis-aligned rectangle of pixels (inclusive X/Y, exclusive X+Width / Y+Height).</summary>
public readonly record struct PixelRegion(int X, int Y, int Width, int Height)
{
    public bool Contains(int x, int y) => x >= X && y >= Y && x < X + Width && y < Y + Height;
}
