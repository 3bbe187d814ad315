using SimSid.Model.Configuration;
using SimSid.Model.Network;
using SimSid.Model.Storage;
using SimSid.Model.Training;
using SimSid.Testing;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

[Collection(SoloTraining.Name)]
public sealed class MixedPrecisionTrainingTests
{
    [Fact]
    public void Run_Bfloat16PassesOnSyntheticChests_LowerReconstructionLossAndStepFloat32Weights()
    {
        TorchFixture.Seed();
        var data = SyntheticChests.Create(16, 0, 32, seed: 11);
        using var network = new SimSidNetwork(SimSidPresets.Tiny);
        network.train();
        using var generatorOptimizer = new CoupledAdam(network.Generator.parameters(), 2e-3, 0.5, 0.999, 1e-7, 1e-5);
        using var discriminatorOptimizer = new CoupledAdam(network.Discriminator.parameters(), 2e-3, 0.5, 0.999, 1e-8);
        using var shadow = new MixedPrecisionShadow(network, CPU);
        var before = network.parameters().Select(p => p.detach().clone()).ToList();
        var step = new AdversarialStep(network, generatorOptimizer, discriminatorOptimizer, new TrainingOptions(), shadow);
        var reconstruction = new List<double>();

        for (var i = 0; i < 20; i++)
        {
            using var scope = NewDisposeScope();
            var losses = step.Run((data.Batch(Enumerable.Range(0, 16).ToArray()) * 2) - 1, i);
            if (losses.GeneratorStepped)
            {
                reconstruction.Add(losses.Reconstruction);
            }
        }

        Assert.True(reconstruction[^1] < 0.8 * reconstruction[0], $"reconstruction MSE {reconstruction[0]:F4} -> {reconstruction[^1]:F4}");
        Assert.All(network.parameters(), p => Assert.Equal(ScalarType.Float32, p.dtype));
        Assert.All(shadow.Network.parameters(), p => Assert.Equal(ScalarType.BFloat16, p.dtype));
        Assert.Contains(network.parameters().Zip(before), pair => !pair.First.allclose(pair.Second));
        foreach (var (master, copy) in network.parameters().Zip(shadow.Network.parameters()))
        {
            // The copy holds the float32 weights rounded to bfloat16 (8 bits of mantissa).
            Assert.True(copy.to(ScalarType.Float32).allclose(master, rtol: 1e-2, atol: 1e-3));
        }
    }

    [Fact]
    public void Run_Bfloat16PassesWithFifoMemory_CopiesQueuesAndBatchNormStatisticsToTheFloat32Network()
    {
        TorchFixture.Seed();
        var config = SimSidPresets.Tiny with { InpaintMemory = MemoryKind.FifoQueue };
        using var network = new SimSidNetwork(config);
        network.train();
        using var generatorOptimizer = new CoupledAdam(network.Generator.parameters(), 1e-3, 0.9, 0.999, 1e-8);
        using var discriminatorOptimizer = new CoupledAdam(network.Discriminator.parameters(), 1e-3, 0.9, 0.999, 1e-8);
        using var shadow = new MixedPrecisionShadow(network, CPU);
        var step = new AdversarialStep(network, generatorOptimizer, discriminatorOptimizer, new TrainingOptions(), shadow);
        var buffersBefore = network.named_buffers().Select(b => (b.name, Value: b.buffer.detach().clone())).ToList();

        for (var i = 0; i < 4; i++)
        {
            using var scope = NewDisposeScope();
            step.Run((rand(4, 1, 32, 32) * 2) - 1, i);
        }

        var buffersAfter = network.named_buffers().ToList();
        Assert.Contains(buffersAfter.Zip(buffersBefore), pair => !pair.First.buffer.to(ScalarType.Float64).allclose(pair.Second.Value.to(ScalarType.Float64)));
        foreach (var ((name, master), (_, copy)) in buffersAfter.Zip(shadow.Network.named_buffers()))
        {
            Assert.True(copy.to(ScalarType.Float64).allclose(master.to(ScalarType.Float64), rtol: 1e-2, atol: 1e-2), $"buffer {name} differs between the copy and the float32 network");
        }
    }

    [Fact]
    public void Train_TinyPresetInBfloat16_WritesAFloat32ModelThatRecordsThePrecision()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        var training = SyntheticChests.Create(16, 0, 32, seed: 1);
        var validation = SyntheticChests.Create(4, 4, 32, seed: 2);

        var result = new Trainer(new TrainingOptions { Epochs = 2, BatchSize = 8, Seed = 7, Threads = 1, Precision = ComputePrecision.Bf16 })
            .Train("tiny", SimSidPresets.Tiny, training, validation, temp.Path);

        var manifest = ModelStore.ReadManifest(temp.Path);
        Assert.Equal(2, result.EpochsCompleted);
        Assert.Equal("bfloat16", manifest.TrainingData.Precision);
        Assert.Equal(ModelPrecision.Full, manifest.WeightsPrecision);
        Assert.All(result.History, h => Assert.False(double.IsNaN(h.ReconstructionLoss)));
    }
}
