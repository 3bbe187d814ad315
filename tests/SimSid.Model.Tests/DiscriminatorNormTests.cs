using SimSid.Model.Configuration;
using SimSid.Model.Network;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

public sealed class DiscriminatorNormTests
{
    [Fact]
    public void Forward_PerImageScoringOnBatch_EqualsTrainModeBatchNormOnEachImageAlone()
    {
        TorchFixture.Seed();
        using var scope = NewDisposeScope();
        using var discriminator = new SimSidDiscriminator(SimSidPresets.Tiny);
        var images = rand(3, 1, 32, 32);

        discriminator.eval();
        var batched = discriminator.forward(images);
        discriminator.train();
        var oneByOne = cat([.. Enumerable.Range(0, 3).Select(i => discriminator.forward(images.narrow(0, i, 1)))], 0);

        Assert.True(batched.allclose(oneByOne, rtol: 1e-4, atol: 1e-5));
    }
}
