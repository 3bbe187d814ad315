using SimSid.Model.Configuration;
using SimSid.Model.Network;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

public sealed class GumbelShrinkageTests
{
    [Fact]
    public void Apply_TopFiveOfTwoHundred_KeepsExactlyFiveWeightsSummingToOne()
    {
        TorchFixture.Seed();
        using var scope = NewDisposeScope();
        var logits = randn(6, 200);

        var weights = GumbelShrinkage.Apply(logits, 5, 1.0, addNoise: false);

        var nonZero = (weights > 0).sum(1).data<long>().ToArray();
        Assert.All(nonZero, n => Assert.Equal(5, n));
        var sums = weights.sum(1).data<float>().ToArray();
        Assert.All(sums, s => Assert.Equal(1f, s, 5));
        var (_, top) = logits.topk(5);
        var kept = weights.gather(1, top);
        Assert.True((kept > 0).all().item<bool>());
    }

    [Fact]
    public void Apply_Backward_PassesDenseGradientToEveryItem()
    {
        TorchFixture.Seed();
        using var scope = NewDisposeScope();
        var logits = randn(3, 200).requires_grad_(true);
        var target = randn(3, 200);

        var weights = GumbelShrinkage.Apply(logits, 5, 1.0, addNoise: false);
        (weights * target).sum().backward();

        var gradient = logits.grad!;
        Assert.Equal(600, (gradient != 0).sum().item<long>());
    }

    [Fact]
    public void Read_ReferenceStrictShrinkage_KeepsKMinusOneItems()
    {
        TorchFixture.Seed();
        using var scope = NewDisposeScope();
        using var memory = new SpaceAwareMemory(4, 200, 16, MemoryKind.LearnedMatrix, keep: 5 - 1, temperature: 1.0, gumbelNoise: false);

        var (readout, weights) = memory.Read(randn(3, 4, 16));

        Assert.Equal(new long[] { 3, 4, 16 }, readout.shape);
        Assert.Equal(new long[] { 4, 3, 200 }, weights.shape);
        Assert.True(((weights > 0).sum(-1) == 4).all().item<bool>());
    }

    [Fact]
    public void CommitQueue_AfterTrainingRead_WritesStashedFeaturesAtPointer()
    {
        TorchFixture.Seed();
        using var scope = NewDisposeScope();
        using var memory = new SpaceAwareMemory(2, 10, 8, MemoryKind.FifoQueue, keep: 3, temperature: 1.0, gumbelNoise: false);
        memory.train();
        var queries = randn(4, 2, 8);

        memory.Read(queries);
        memory.CommitQueue();

        var written = memory.Contents.narrow(1, 0, 4).transpose(0, 1);
        Assert.True(written.allclose(queries));
        Assert.Empty(memory.parameters());
    }
}
