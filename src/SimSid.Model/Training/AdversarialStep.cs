using SimSid.Model.Network;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SimSid.Model.Training;

/// <summary>
/// One training iteration (paper §4.2): the discriminator steps every iteration on the real batch and the detached
/// student reconstruction; every <see cref="TrainingOptions.GeneratorEvery"/>-th iteration the generator (encoder,
/// in-painting, student and teacher) steps on the same forward pass, then memory queues are written. With a
/// <see cref="MixedPrecisionShadow"/> the passes run in its bfloat16 copy and the optimisers step the float32
/// <paramref name="network"/>; losses are computed in float32 either way.
/// </summary>
internal sealed class AdversarialStep(SimSidNetwork network, CoupledAdam generatorOptimizer, CoupledAdam discriminatorOptimizer, TrainingOptions options, MixedPrecisionShadow? shadow = null)
{
    /// <summary>
    /// Runs iteration <paramref name="iteration"/> on a batch (B, 1, S, S) in [−1, 1]. With <paramref name="warmUp"/>
    /// the iteration is a reconstruction-only generator step (<see cref="TrainingOptions.GeneratorWarmUpEpochs"/>): the
    /// generator steps on its reconstruction, teacher and distillation losses, and the discriminator is neither run nor
    /// stepped.
    /// </summary>
    public StepLosses Run(Tensor images, long iteration, bool warmUp = false)
    {
        ArgumentNullException.ThrowIfNull(images);
        using var scope = NewDisposeScope();
        var weights = options.Weights;
        var generatorStep = warmUp || iteration % options.GeneratorEvery == 0;
        var computing = shadow?.Network ?? network;
        var generator = computing.Generator;
        var discriminator = computing.Discriminator;
        var target = images;
        if (shadow is not null)
        {
            images = images.to(MixedPrecisionShadow.ComputeType);
        }

        try
        {
            return warmUp
                ? ReconstructOnly(images, target, generator, weights)
                : Compute(images, target, generatorStep, generator, discriminator, weights);
        }
        finally
        {
            shadow?.PullBuffers(); // batch-norm statistics and memory queues the copy updated
        }
    }

    /// <summary>The iteration's passes and steps: <paramref name="images"/> in the computing precision, <paramref name="target"/> in float32.</summary>
    private StepLosses Compute(Tensor images, Tensor target, bool generatorStep, SimSidGenerator generator, SimSidDiscriminator discriminator, LossWeights weights)
    {
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
        discriminatorOptimizer.ZeroGrad();
        discriminator.zero_grad();
        var realLogits = discriminator.forward(images).to(ScalarType.Float32);
        var fakeLogits = discriminator.forward(output.Reconstruction.detach()).to(ScalarType.Float32);
        var discriminatorLoss = weights.Discriminator * (
            nn.functional.binary_cross_entropy_with_logits(realLogits, ones_like(realLogits)) +
            nn.functional.binary_cross_entropy_with_logits(fakeLogits, zeros_like(fakeLogits)));
        discriminatorLoss.backward();
        StepOptimizer(discriminatorOptimizer, discriminator, network.Discriminator);
        var dValue = discriminatorLoss.item<float>();
        if (!generatorStep)
        {
            return new StepLosses(dValue, 0, 0, 0, 0, 0, false);
        }

        // Generator: λs·MSE(x̂, x) + λgen·BCE(D(x̂), 1) + λt·MSE(x̂t, x) + λdist·Σ MSE(student_l, teacher_l).
        SetRequiresGrad(discriminator, false);
        try
        {
            generatorOptimizer.ZeroGrad();
            generator.zero_grad();
            var studentImage = output.Reconstruction.to(ScalarType.Float32);
            var reconstruction = nn.functional.mse_loss(studentImage, target);
            var adversarialLogits = discriminator.forward(output.Reconstruction).to(ScalarType.Float32);
            var adversarial = nn.functional.binary_cross_entropy_with_logits(adversarialLogits, ones_like(adversarialLogits));
            var loss = (weights.Reconstruction * reconstruction) + (weights.Adversarial * adversarial);
            (loss, var teacher, var distillation) = AddTeacherTerms(loss, output, target, weights);
            loss.backward();
            StepOptimizer(generatorOptimizer, generator, network.Generator);
            generator.CommitQueues();
            return new StepLosses(dValue, loss.item<float>(), reconstruction.item<float>(), teacher, distillation, adversarial.item<float>(), true);
        }
        finally
        {
            SetRequiresGrad(discriminator, true);
        }
    }

    /// <summary>A generator step without the adversarial term: λs·MSE(x̂, x) + λt·MSE(x̂t, x) + λdist·Σ MSE(student_l, teacher_l).</summary>
    private StepLosses ReconstructOnly(Tensor images, Tensor target, SimSidGenerator generator, LossWeights weights)
    {
        generatorOptimizer.ZeroGrad();
        generator.zero_grad();
        var output = generator.Forward(images, withTeacher: true);
        var reconstruction = nn.functional.mse_loss(output.Reconstruction.to(ScalarType.Float32), target);
        var (loss, teacher, distillation) = AddTeacherTerms(weights.Reconstruction * reconstruction, output, target, weights);
        loss.backward();
        StepOptimizer(generatorOptimizer, generator, network.Generator);
        generator.CommitQueues();
        return new StepLosses(0, loss.item<float>(), reconstruction.item<float>(), teacher, distillation, 0, true);
    }

    /// <summary>Adds λt·MSE(x̂t, x) + λdist·distillation to <paramref name="loss"/> when the teacher ran; returns both terms' values.</summary>
    private static (Tensor Loss, double Teacher, double Distillation) AddTeacherTerms(Tensor loss, GeneratorOutput output, Tensor target, LossWeights weights)
    {
        if (output.TeacherReconstruction is null || output.Distillation is null)
        {
            return (loss, 0, 0);
        }

        var teacherLoss = nn.functional.mse_loss(output.TeacherReconstruction.to(ScalarType.Float32), target);
        var distillationLoss = output.Distillation.to(ScalarType.Float32);
        return (loss + (weights.Teacher * teacherLoss) + (weights.Distillation * distillationLoss), teacherLoss.item<float>(), distillationLoss.item<float>());
    }

    /// <summary>Steps <paramref name="optimizer"/> (over the float32 <paramref name="master"/>) with the gradients <paramref name="computing"/> got.</summary>
    private void StepOptimizer(CoupledAdam optimizer, nn.Module computing, nn.Module master)
    {
        if (shadow is null)
        {
            optimizer.Step();
            return;
        }

        MixedPrecisionShadow.PullGradients(computing, master);
        optimizer.Step();
        MixedPrecisionShadow.PushWeights(master, computing);
    }

    private static void SetRequiresGrad(nn.Module module, bool value)
    {
        foreach (var parameter in module.parameters())
        {
            parameter.requires_grad = value;
        }
    }
}
