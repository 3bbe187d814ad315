using SimSid.Model.Network;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SimSid.Model.Training;

/// <summary>
/// One training iteration (paper §4.2): the discriminator steps every iteration on the real batch and the detached
/// student reconstruction; every <see cref="TrainingOptions.GeneratorEvery"/>-th iteration the generator (encoder,
/// in-painting, student and teacher) steps on the same forward pass, then memory queues are written.
/// </summary>
internal sealed class AdversarialStep(SimSidNetwork network, Adam generatorOptimizer, Adam discriminatorOptimizer, TrainingOptions options)
{
    /// <summary>Runs iteration <paramref name="iteration"/> on a batch (B, 1, S, S) in [−1, 1].</summary>
    public StepLosses Run(Tensor images, long iteration)
    {
        ArgumentNullException.ThrowIfNull(images);
        using var scope = NewDisposeScope();
        var weights = options.Weights;
        var generatorStep = iteration % options.GeneratorEvery == 0;
        var generator = network.Generator;
        var discriminator = network.Discriminator;

        GeneratorOutput output;
        if (generatorStep || !options.LeanCriticIterations)
        {
            output = generator.Forward(images, withTeacher: true);
        }
        else
        {
            using var noGrad = no_grad();
            output = generator.Forward(images, withTeacher: false);
        }

        // Discriminator: λdis · [BCE(D(x), 1) + BCE(D(sg(x̂)), 0)], real and fake in separate calls (own BN statistics).
        discriminatorOptimizer.zero_grad();
        var realLogits = discriminator.forward(images);
        var fakeLogits = discriminator.forward(output.Reconstruction.detach());
        var discriminatorLoss = weights.Discriminator * (
            nn.functional.binary_cross_entropy_with_logits(realLogits, ones_like(realLogits)) +
            nn.functional.binary_cross_entropy_with_logits(fakeLogits, zeros_like(fakeLogits)));
        discriminatorLoss.backward();
        discriminatorOptimizer.step();
        var dValue = discriminatorLoss.item<float>();
        if (!generatorStep)
        {
            return new StepLosses(dValue, 0, 0, 0, 0, 0, false);
        }

        // Generator: λs·MSE(x̂, x) + λgen·BCE(D(x̂), 1) + λt·MSE(x̂t, x) + λdist·Σ MSE(student_l, teacher_l).
        SetRequiresGrad(discriminator, false);
        try
        {
            generatorOptimizer.zero_grad();
            var reconstruction = nn.functional.mse_loss(output.Reconstruction, images);
            var adversarialLogits = discriminator.forward(output.Reconstruction);
            var adversarial = nn.functional.binary_cross_entropy_with_logits(adversarialLogits, ones_like(adversarialLogits));
            var loss = (weights.Reconstruction * reconstruction) + (weights.Adversarial * adversarial);
            var teacher = 0.0;
            var distillation = 0.0;
            if (output.TeacherReconstruction is not null && output.Distillation is not null)
            {
                var teacherLoss = nn.functional.mse_loss(output.TeacherReconstruction, images);
                loss = loss + (weights.Teacher * teacherLoss) + (weights.Distillation * output.Distillation);
                teacher = teacherLoss.item<float>();
                distillation = output.Distillation.item<float>();
            }

            loss.backward();
            generatorOptimizer.step();
            generator.CommitQueues();
            return new StepLosses(dValue, loss.item<float>(), reconstruction.item<float>(), teacher, distillation, adversarial.item<float>(), true);
        }
        finally
        {
            SetRequiresGrad(discriminator, true);
        }
    }

    private static void SetRequiresGrad(nn.Module module, bool value)
    {
        foreach (var parameter in module.parameters())
        {
            parameter.requires_grad = value;
        }
    }
}
