using SimSid.Model.Configuration;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Network;

/// <summary>
/// Encoder, in-painting block, student generator with hierarchical memories and (optionally) the teacher generator,
/// which sees stop-gradient copies of the encoder features so it never trains the encoder, and is tied to the student
/// by distillation at every level (paper §3.1, §3.5).
/// </summary>
internal sealed class SimSidGenerator : nn.Module
{
    private readonly SimSidEncoder encoder;
    private readonly InpaintingBlock inpaint;
    private readonly SimSidDecoder student;
    private readonly SimSidDecoder? teacher;
    private readonly SimSidConfig config;

    public SimSidGenerator(SimSidConfig config)
        : base(nameof(SimSidGenerator))
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        this.config = config;
        encoder = new SimSidEncoder(config);
        inpaint = new InpaintingBlock(config);
        student = new SimSidDecoder(config, withMemories: true);
        if (config.UseTeacher)
        {
            teacher = new SimSidDecoder(config, withMemories: false);
        }

        RegisterComponents();
    }

    public SimSidEncoder Encoder => encoder;

    public SimSidDecoder Student => student;

    public SimSidDecoder? Teacher => teacher;

    public InpaintingBlock Inpainting => inpaint;

    /// <summary>Every memory module (in-painting first, then the decoder memories).</summary>
    public IEnumerable<SpaceAwareMemory> MemoryModules => student.Memories.Prepend(inpaint.Memory);

    /// <summary>Images (B, 1, S, S) in [−1, 1] → reconstructions; the teacher runs only when built and <paramref name="withTeacher"/>.</summary>
    public GeneratorOutput Forward(Tensor images, bool withTeacher)
    {
        ArgumentNullException.ThrowIfNull(images);
        var patches = PatchLayout.Split(images, config.PatchGrid);
        var (z, skips) = encoder.Forward(patches);
        var inpainted = inpaint.Forward(z);
        var (reconstruction, studentFeatures) = student.Forward(inpainted, skips);
        if (teacher is null || !withTeacher)
        {
            return new GeneratorOutput(reconstruction, null, null);
        }

        var (teacherImage, teacherFeatures) = teacher.Forward(z.detach(), [.. skips.Select(s => s.detach())]);
        Tensor distillation = zeros(1, device: images.device);
        for (var level = 0; level < studentFeatures.Count; level++)
        {
            distillation = distillation + nn.functional.mse_loss(studentFeatures[level], teacherFeatures[level]);
        }

        return new GeneratorOutput(reconstruction, teacherImage, distillation.squeeze());
    }

    /// <summary>Writes the queue stashes after a generator optimiser step.</summary>
    public void CommitQueues()
    {
        foreach (var memory in MemoryModules)
        {
            memory.CommitQueue();
        }
    }
}
