using SimSid.Model.Configuration;
using SimSid.Model.Network;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

public sealed class NetworkShapeTests
{
    [Fact]
    public void Forward_TinyPresetWithTeacher_ReturnsImageShapedReconstructions()
    {
        TorchFixture.Seed();
        using var scope = NewDisposeScope();
        using var generator = new SimSidGenerator(SimSidPresets.Tiny);
        var images = rand(3, 1, 32, 32) * 2 - 1;

        var output = generator.Forward(images, withTeacher: true);

        Assert.Equal(new long[] { 3, 1, 32, 32 }, output.Reconstruction.shape);
        Assert.Equal(new long[] { 3, 1, 32, 32 }, output.TeacherReconstruction!.shape);
        Assert.Equal(0, output.Distillation!.dim());
        Assert.True(output.Reconstruction.abs().max().item<float>() <= 1f);
    }

    [Theory]
    [InlineData("tiny", 1)]
    [InlineData("reference", 1)]
    [InlineData("paper", 1)]
    [InlineData("compact", 2)]
    [InlineData("compact-queue", 1)]
    [InlineData("paper-compact", 1)]
    public void Discriminator_Preset_ReturnsOneLogitPerImage(string preset, int batch)
    {
        TorchFixture.Seed();
        using var scope = NewDisposeScope();
        var config = SimSidPresets.ByName(preset);
        using var discriminator = new SimSidDiscriminator(config);
        var images = rand(batch, 1, config.ImageSize, config.ImageSize);

        var logits = discriminator.forward(images);

        Assert.Equal(new long[] { batch }, logits.shape);
    }

    [Fact]
    public void Forward_PaperPresetFourByFourGrid_KeepsImageShape()
    {
        TorchFixture.Seed();
        using var scope = NewDisposeScope();
        var config = SimSidPresets.Paper with { FeatureRoot = 4, SqueezeChannels = 8, FeedForwardDim = 8, MemoryItems = 10, DecoderMemoryItems = 10 };
        using var generator = new SimSidGenerator(config);
        generator.eval();

        var output = generator.Forward(rand(1, 1, 128, 128), withTeacher: false);

        Assert.Equal(new long[] { 1, 1, 128, 128 }, output.Reconstruction.shape);
        Assert.Equal(16, generator.Inpainting.Memory.Slots);
    }

    [Fact]
    public void StateDict_ReferencePreset_HoldsQueueAsBufferAndNoTeacherWhenDisabled()
    {
        using var withQueue = new SimSidGenerator(SimSidPresets.Tiny with { InpaintMemory = MemoryKind.FifoQueue });
        using var noTeacher = new SimSidGenerator(SimSidPresets.Tiny with { UseTeacher = false });

        var keys = withQueue.state_dict().Keys.ToList();

        Assert.Contains(keys, k => k.EndsWith("memory.queue", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.EndsWith("memory.queuePointer", StringComparison.Ordinal));
        Assert.DoesNotContain(withQueue.parameters(), p => p.shape.SequenceEqual(withQueue.Inpainting.Memory.Contents.shape));
        Assert.DoesNotContain(noTeacher.state_dict().Keys, k => k.StartsWith("teacher", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("compact")]
    [InlineData("paper-compact")]
    public void ShippablePreset_Float16StateDict_FitsTheTwentyFiveMegabytesAModelMayTakeInGit(string preset)
    {
        using var network = new SimSidNetwork(SimSidPresets.ByName(preset));

        var values = network.state_dict().Values.Where(t => t.is_floating_point()).Sum(t => t.numel());

        Assert.InRange(values * 2, 20_000_000, 25_000_000);
    }
}
