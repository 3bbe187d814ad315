using SimSid.Model.Configuration;
using SimSid.Model.Network;
using SimSid.Model.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

[Collection(SoloTraining.Name)]
public sealed class AdversarialStepTests
{
    [Fact]
    public void Run_TwentyIterationsOnSyntheticChests_LowersReconstructionLoss()
    {
        TorchFixture.Seed();
        var data = SyntheticChests.Create(16, 0, 32, seed: 11);
        using var tiny = new TinyAdversarialStep();
        var step = tiny.Step;
        var reconstruction = new List<double>();

        for (var i = 0; i < 20; i++)
        {
            using var scope = NewDisposeScope();
            var losses = step.Run((data.Batch(Enumerable.Range(0, 16).ToArray()) * 2) - 1, i);
            Assert.Equal(i % 2 == 0, losses.GeneratorStepped);
            if (losses.GeneratorStepped)
            {
                reconstruction.Add(losses.Reconstruction);
            }
        }

        Assert.True(reconstruction[^1] < 0.8 * reconstruction[0], $"reconstruction MSE {reconstruction[0]:F4} -> {reconstruction[^1]:F4}");
    }

    [Fact]
    public void Run_GeneratorIteration_NeverChangesDiscriminatorThroughGeneratorLoss()
    {
        TorchFixture.Seed();
        using var network = new SimSidNetwork(SimSidPresets.Tiny);
        network.train();
        using var generatorOptimizer = new CoupledAdam(network.Generator.parameters(), 1e-3, 0.9, 0.999, 1e-8);
        using var discriminatorOptimizer = new CoupledAdam(network.Discriminator.parameters(), 1e-3, 0.9, 0.999, 1e-8);
        var step = new AdversarialStep(network, generatorOptimizer, discriminatorOptimizer, new TrainingOptions());
        using var scope = NewDisposeScope();

        step.Run((rand(4, 1, 32, 32) * 2) - 1, 0);

        Assert.All(network.Discriminator.parameters(), p => Assert.True(p.requires_grad));
    }

    [Fact]
    public void Run_WarmUpIterations_StepTheGeneratorEveryTimeAndLeaveTheDiscriminatorUntouched()
    {
        TorchFixture.Seed();
        var data = SyntheticChests.Create(16, 0, 32, seed: 11);
        using var tiny = new TinyAdversarialStep();
        var (network, step) = (tiny.Network, tiny.Step);
        var before = network.Discriminator.state_dict().ToDictionary(p => p.Key, p => p.Value.clone());
        var reconstruction = new List<double>();

        for (var i = 0; i < 10; i++)
        {
            using var scope = NewDisposeScope();
            var losses = step.Run((data.Batch(Enumerable.Range(0, 16).ToArray()) * 2) - 1, i, warmUp: true);
            Assert.True(losses.GeneratorStepped);
            Assert.Equal(0, losses.Discriminator);
            Assert.Equal(0, losses.Adversarial);
            reconstruction.Add(losses.Reconstruction);
        }

        Assert.True(reconstruction[^1] < 0.8 * reconstruction[0], $"reconstruction MSE {reconstruction[0]:F4} -> {reconstruction[^1]:F4}");
        foreach (var (name, tensor) in network.Discriminator.state_dict())
        {
            using var equal = tensor.eq(before[name]).all();
            Assert.True(equal.item<bool>(), $"discriminator {name} changed during warm-up");
        }

        foreach (var tensor in before.Values)
        {
            tensor.Dispose();
        }
    }

    /// <summary>A training-mode <c>tiny</c> network with the trainer's optimiser settings at lr 2e-3, and its step.</summary>
    private sealed class TinyAdversarialStep : IDisposable
    {
        private readonly CoupledAdam generatorOptimizer;
        private readonly CoupledAdam discriminatorOptimizer;

        public TinyAdversarialStep()
        {
            Network = new SimSidNetwork(SimSidPresets.Tiny);
            Network.train();
            generatorOptimizer = new CoupledAdam(Network.Generator.parameters(), 2e-3, 0.5, 0.999, 1e-7, 1e-5);
            discriminatorOptimizer = new CoupledAdam(Network.Discriminator.parameters(), 2e-3, 0.5, 0.999, 1e-8);
            Step = new AdversarialStep(Network, generatorOptimizer, discriminatorOptimizer, new TrainingOptions());
        }

        public SimSidNetwork Network { get; }

        public AdversarialStep Step { get; }

        public void Dispose()
        {
            generatorOptimizer.Dispose();
            discriminatorOptimizer.Dispose();
            Network.Dispose();
        }
    }
}
