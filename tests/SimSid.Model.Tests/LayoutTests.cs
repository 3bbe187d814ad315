using SimSid.Model.Network;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

public sealed class LayoutTests
{
    [Fact]
    public void Split_ThenMerge_RestoresImageWithRowMajorPatches()
    {
        using var scope = NewDisposeScope();
        var image = arange(2 * 8 * 8, dtype: float32).reshape(2, 1, 8, 8);

        var patches = PatchLayout.Split(image, 2);

        Assert.Equal(new long[] { 8, 1, 4, 4 }, patches.shape);
        Assert.Equal(image[0, 0, 0, 4].item<float>(), patches[1, 0, 0, 0].item<float>());
        Assert.Equal(image[0, 0, 4, 0].item<float>(), patches[2, 0, 0, 0].item<float>());
        Assert.Equal(image[1, 0, 0, 0].item<float>(), patches[4, 0, 0, 0].item<float>());
        Assert.True(PatchLayout.Merge(patches, 2).allclose(image, rtol: 0, atol: 0));
    }

    [Fact]
    public void Windows_ThenFromWindows_RoundTrips()
    {
        using var scope = NewDisposeScope();
        var features = randn(3, 5, 8, 8);

        var windows = PatchLayout.Windows(features, 2);

        Assert.Equal(new long[] { 3, 4, 5 * 16 }, windows.shape);
        Assert.True(PatchLayout.FromWindows(windows, 2, 5, 8, 8).allclose(features, rtol: 0, atol: 0));
    }

    [Fact]
    public void Gather_TwoByTwoGrid_GivesThreeRealNeighboursAndFiveZeros()
    {
        using var scope = NewDisposeScope();
        var tokens = (arange(4, dtype: float32) + 1).reshape(1, 4, 1).expand(1, 4, 3).contiguous();

        var neighbours = NeighbourTokens.Gather(tokens, 2);

        Assert.Equal(new long[] { 4, 8, 3 }, neighbours.shape);
        Assert.Equal(new float[] { 0, 0, 0, 0, 2, 0, 3, 4 }, neighbours[0, TensorIndex.Colon, 0].data<float>().ToArray());
        Assert.Equal(new float[] { 1, 2, 0, 3, 0, 0, 0, 0 }, neighbours[3, TensorIndex.Colon, 0].data<float>().ToArray());
    }
}
