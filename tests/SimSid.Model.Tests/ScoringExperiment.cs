using System.Globalization;
using SimSid.Model.Configuration;
using SimSid.Model.Data;
using SimSid.Model.Network;
using SimSid.Model.Scoring;
using SimSid.Model.Training;
using SimSid.Synthetic;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

public sealed class ScoringExperiment(ITestOutputHelper output)
{
    [Fact]
    public void Run()
    {
        var size = int.Parse(Environment.GetEnvironmentVariable("EXP_SIZE") ?? "64", CultureInfo.InvariantCulture);
        var iterations = int.Parse(Environment.GetEnvironmentVariable("EXP_IT") ?? "300", CultureInfo.InvariantCulture);
        var lr = double.Parse(Environment.GetEnvironmentVariable("EXP_LR") ?? "2e-3", CultureInfo.InvariantCulture);
        var seed = int.Parse(Environment.GetEnvironmentVariable("EXP_SEED") ?? "1", CultureInfo.InvariantCulture);
        TorchFixture.Seed(seed);
        var config = SimSidPresets.Tiny with { ImageSize = size };
        var gen = new ChestPhantomGenerator(seed: 11, abnormalFraction: 0.5);
        var trainItems = new List<LabelledImage>();
        var trainPix = new List<float[]>();
        var valItems = new List<LabelledImage>();
        var valPix = new List<float[]>();
        for (var i = 0; trainPix.Count < 64 || valPix.Count < 60; i++)
        {
            var r = gen.Generate(i, size);
            var px = ImagePreprocessor.Prepare(r.Image, size);
            if (!r.Case.IsAbnormal && trainPix.Count < 64)
            {
                trainItems.Add(new LabelledImage($"/t/NORMAL/{i}.png", false));
                trainPix.Add(px);
            }
            else if (valPix.Count < 60 && valItems.Count(v => v.IsAbnormal == r.Case.IsAbnormal) < 30)
            {
                valItems.Add(new LabelledImage($"/v/{i}.png", r.Case.IsAbnormal));
                valPix.Add(px);
            }
        }

        var training = ImageSet.FromPixels(trainItems, trainPix, size);
        var validation = ImageSet.FromPixels(valItems, valPix, size);
        var labels = valItems.Select(v => v.IsAbnormal).ToArray();
        if (Environment.GetEnvironmentVariable("EXP_TRAINER") is { } ema)
        {
            var dir = Directory.CreateTempSubdirectory("model2-exp").FullName;
            var opts = new TrainingOptions { Epochs = iterations, BatchSize = 8, Seed = seed, Threads = 1, LearningRate = lr, FinalLearningRate = lr / 5, EmaDecay = double.Parse(ema, CultureInfo.InvariantCulture) };
            var result = new Trainer(opts).Train("tiny", config, training, validation, dir);
            foreach (var h in result.History)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {h.Epoch} auc {h.ValidationAuc:F3} d {h.DiscriminatorLoss:F5} rec {h.ReconstructionLoss:F4}"));
            }

            Directory.Delete(dir, true);
            return;
        }

        using var network = new SimSidNetwork(config);
        network.train();
        var options = new TrainingOptions { BatchSize = 8, LearningRate = lr, Threads = 1 };
        using var gopt = optim.Adam(network.Generator.parameters(), lr, 0.5, 0.999, 1e-7, 1e-5);
        using var dopt = optim.Adam(network.Discriminator.parameters(), lr, 0.5, 0.999, 1e-8);
        var step = new AdversarialStep(network, gopt, dopt, options);
        var random = new Random(seed);
        var aug = new RandomAffineAugmentation(0.05, 0.95, 1.05, random);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        StepLosses last = new(0, 0, 0, 0, 0, 0, false);
        for (var it = 1; it <= iterations; it++)
        {
            var idx = Enumerable.Range(0, 8).Select(_ => random.Next(training.Count)).ToArray();
            using (var scope = NewDisposeScope())
            {
                var images = aug.Apply(training.Batch(idx));
                last = step.Run((images * 2) - 1, it);
            }

            if (it % 50 == 0)
            {
                network.eval();
                double[] logits;
                double[] recErr;
                double[] runLogits;
                double[] realLogits;
                using (var scope = NewDisposeScope())
                using (var ng = no_grad())
                {
                    var x = (validation.Batch(Enumerable.Range(0, validation.Count).ToArray()) * 2) - 1;
                    var rec = network.Generator.Forward(x, withTeacher: false).Reconstruction;
                    logits = network.Discriminator.forward(rec).to_type(ScalarType.Float64).data<double>().ToArray();
                    recErr = (rec - x).pow(2).mean([1, 2, 3]).to_type(ScalarType.Float64).data<double>().ToArray();
                    network.Discriminator.PerImageScoring = false;
                    runLogits = network.Discriminator.forward(rec).to_type(ScalarType.Float64).data<double>().ToArray();
                    network.Discriminator.PerImageScoring = true;
                    realLogits = network.Discriminator.forward(x).to_type(ScalarType.Float64).data<double>().ToArray();
                }

                network.train();
                var aucD = BinaryMetrics.Auc([.. logits.Select(l => -l)], labels);
                var aucR = BinaryMetrics.Auc(recErr, labels);
                var aucRun = BinaryMetrics.Auc([.. runLogits.Select(l => -l)], labels);
                var aucReal = BinaryMetrics.Auc([.. realLogits.Select(l => -l)], labels);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"it {it} aucD {aucD:F3} aucDrunning {aucRun:F3} aucDreal {aucReal:F3} aucRec {aucR:F3} dLoss {last.Discriminator:F5} meanLogit {logits.Average():F2} sdLogit {Math.Sqrt(logits.Select(l => (l - logits.Average()) * (l - logits.Average())).Average()):F2} t {clock.Elapsed.TotalSeconds:F0}s"));
            }
        }
    }
}
