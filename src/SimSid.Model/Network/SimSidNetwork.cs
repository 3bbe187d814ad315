using SimSid.Model.Configuration;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Network;

/// <summary>The generator and the discriminator together: the unit saved and loaded as one state dictionary.</summary>
internal sealed class SimSidNetwork : nn.Module
{
    private readonly SimSidGenerator generator;
    private readonly SimSidDiscriminator discriminator;

    public SimSidNetwork(SimSidConfig config)
        : base(nameof(SimSidNetwork))
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config;
        generator = new SimSidGenerator(config);
        discriminator = new SimSidDiscriminator(config);
        RegisterComponents();
    }

    public SimSidConfig Config { get; }

    public SimSidGenerator Generator => generator;

    public SimSidDiscriminator Discriminator => discriminator;

    /// <summary>Raw discriminator logits of the student reconstructions of <paramref name="images"/> (B, 1, S, S) in [−1, 1].</summary>
    public Tensor RawScores(Tensor images)
    {
        using var scope = NewDisposeScope();
        var output = generator.Forward(images, withTeacher: false);
        return discriminator.forward(output.Reconstruction).MoveToOuterDisposeScope();
    }
}
