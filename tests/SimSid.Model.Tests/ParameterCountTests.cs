using SimSid.Model.Configuration;
using SimSid.Model.Network;

namespace SimSid.Model.Tests;

/// <summary>The reference preset must have exactly the parameter counts the spec (§3) lists for the released model.</summary>
public sealed class ParameterCountTests
{
    [Fact]
    public void ReferencePreset_Generator_MatchesSpecifiedParameterCounts()
    {
        using var generator = new SimSidGenerator(SimSidPresets.Reference);

        Assert.Equal(7_861_248, Count(generator.Encoder));
        Assert.Equal(65_792 + 16_785_408 + 8_192 + 2_099_712 + 68_608, Count(generator.Inpainting));
        Assert.Equal(3_875_073 + 9_830_400, Count(generator.Student));
        Assert.Equal(3_875_073, Count(generator.Teacher!));
        Assert.Equal(44_469_506, Count(generator));
        Assert.Equal(4L * 200 * 2048, generator.Inpainting.Memory.Contents.numel());
    }

    [Fact]
    public void ReferencePreset_Discriminator_MatchesSpecifiedParameterCount()
    {
        using var discriminator = new SimSidDiscriminator(SimSidPresets.Reference);

        Assert.Equal(1_093_953, Count(discriminator));
    }

    private static long Count(TorchSharp.torch.nn.Module module) => module.parameters().Sum(p => p.numel());
}
