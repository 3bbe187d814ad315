using SimSid.Model.Scoring;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

public sealed class ShiftedViewsTests
{
    [Fact]
    public void Offsets_ZeroIsTheImageAlone_ElseTheImageAndFourAxisShifts()
    {
        Assert.Equal([(0, 0)], ShiftedViews.Offsets(0));
        Assert.Equal([(0, 0), (3, 0), (-3, 0), (0, 3), (0, -3)], ShiftedViews.Offsets(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ShiftedViews.Offsets(-1));
        Assert.Equal(4, ShiftedViews.DefaultShift(128));
        Assert.Equal(1, ShiftedViews.DefaultShift(32));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(-2, 0)]
    [InlineData(0, 1)]
    [InlineData(1, -1)]
    public void Translate_MovesEveryPixelByTheOffsetAndFillsWhatIsUncoveredWithBlack(int dx, int dy)
    {
        const int Size = 4;
        var values = Enumerable.Range(1, Size * Size).Select(v => (float)v).ToArray();
        using var image = tensor(values, [1, 1, Size, Size]);

        using var moved = ShiftedViews.Translate(image, dx, dy);

        Assert.Equal(image.shape, moved.shape);
        var result = moved.data<float>().ToArray();
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var (fromX, fromY) = (x - dx, y - dy);
                var expected = fromX is >= 0 and < Size && fromY is >= 0 and < Size ? values[(fromY * Size) + fromX] : 0f;
                Assert.Equal(expected, result[(y * Size) + x]);
            }
        }
    }

    [Fact]
    public void Translate_ByTheWholeSide_IsRefused()
    {
        using var image = zeros(1, 1, 4, 4);
        Assert.Throws<ArgumentOutOfRangeException>(() => ShiftedViews.Translate(image, 4, 0));
    }
}
