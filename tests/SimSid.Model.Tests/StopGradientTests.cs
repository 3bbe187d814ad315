using SimSid.Model.Configuration;
using SimSid.Model.Network;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

public sealed class StopGradientTests
{
    [Fact]
    public void Backward_TeacherLossOnly_LeavesEncoderWithoutGradient()
    {
        TorchFixture.Seed();
        using var scope = NewDisposeScope();
        using var generator = new SimSidGenerator(SimSidPresets.Tiny);
        generator.train();
        var images = (rand(2, 1, 32, 32) * 2) - 1;

        var output = generator.Forward(images, withTeacher: true);
        nn.functional.mse_loss(output.TeacherReconstruction!, images).backward();

        Assert.All(generator.Encoder.parameters(), p => Assert.True(p.grad is null || p.grad.abs().sum().item<float>() == 0));
        Assert.Contains(generator.Teacher!.parameters(), p => p.grad is not null && p.grad.abs().sum().item<float>() > 0);
    }

    [Fact]
    public void Backward_DistillationLoss_TrainsBothGeneratorsButReachesEncoderOnlyThroughStudent()
    {
        TorchFixture.Seed();
        using var scope = NewDisposeScope();
        using var generator = new SimSidGenerator(SimSidPresets.Tiny);
        generator.train();
        var images = (rand(2, 1, 32, 32) * 2) - 1;

        var output = generator.Forward(images, withTeacher: true);
        output.Distillation!.backward();

        Assert.Contains(generator.Teacher!.parameters(), p => p.grad is not null && p.grad.abs().sum().item<float>() > 0);
        Assert.Contains(generator.Student.parameters(), p => p.grad is not null && p.grad.abs().sum().item<float>() > 0);
        Assert.Contains(generator.Encoder.parameters(), p => p.grad is not null && p.grad.abs().sum().item<float>() > 0);
    }

    [Fact]
    public void Backward_StudentLoss_ReachesEncoderAndLearnedMemories()
    {
        TorchFixture.Seed();
        using var scope = NewDisposeScope();
        using var generator = new SimSidGenerator(SimSidPresets.Tiny);
        generator.train();
        var images = (rand(2, 1, 32, 32) * 2) - 1;

        var output = generator.Forward(images, withTeacher: false);
        nn.functional.mse_loss(output.Reconstruction, images).backward();

        Assert.All(generator.Encoder.parameters(), p => Assert.NotNull(p.grad));
        Assert.All(generator.MemoryModules, m => Assert.True(m.Contents.grad!.abs().sum().item<float>() > 0));
    }
}
