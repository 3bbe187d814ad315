using SimSid.Model.Configuration;
using SimSid.Model.Network;
using SimSid.Model.Scoring;
using SimSid.Model.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

/// <summary>
/// Guards the sign chain of paper Eq. 2: the discriminator is trained with label 1 for real images, so after training
/// real images get higher logits than student reconstructions, and the calibrated score ranks reconstructions that
/// look fake above real-looking inputs.
/// </summary>
[Collection(SoloTraining.Name)]
public sealed class ScoreSignTests
{
    [Fact]
    public void Run_ThirtyIterations_DiscriminatorRanksRealAboveReconstructionsAndScoresFakesHigher()
    {
        TorchFixture.Seed();
        var training = SyntheticChests.Create(16, 0, 32, seed: 11);
        var heldOut = SyntheticChests.Create(8, 0, 32, seed: 12);
        using var network = new SimSidNetwork(SimSidPresets.Tiny);
        network.train();
        using var generatorOptimizer = new CoupledAdam(network.Generator.parameters(), 2e-3, 0.5, 0.999, 1e-7, 1e-5);
        using var discriminatorOptimizer = new CoupledAdam(network.Discriminator.parameters(), 2e-3, 0.5, 0.999, 1e-8);
        var step = new AdversarialStep(network, generatorOptimizer, discriminatorOptimizer, new TrainingOptions());
        for (var i = 0; i < 30; i++)
        {
            using var scope = NewDisposeScope();
            step.Run((training.Batch(Enumerable.Range(0, 16).ToArray()) * 2) - 1, i);
        }

        network.eval();
        double[] real;
        double[] reconstructed;
        using (var scope = NewDisposeScope())
        using (no_grad())
        {
            var images = (heldOut.Batch(Enumerable.Range(0, heldOut.Count).ToArray()) * 2) - 1;
            real = network.Discriminator.forward(images).to_type(ScalarType.Float64).data<double>().ToArray();
            reconstructed = NetworkScorer.RawLogits(network, (start, n) => heldOut.Batch(Enumerable.Range(start, n).ToArray()), heldOut.Count);
        }

        var calibration = ScoreCalibration.Fit(reconstructed);
        Assert.True(real.Min() > reconstructed.Max(), $"real logits min {real.Min():F3}, reconstruction logits max {reconstructed.Max():F3}");
        Assert.All(real, r => Assert.True(calibration.Score(r) < 0.5));
        Assert.All(real, r => Assert.True(calibration.Score(r) < calibration.Score(reconstructed.Min())));
    }
}
