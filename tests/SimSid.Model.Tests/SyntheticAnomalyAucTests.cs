using SimSid.Model.Configuration;
using SimSid.Model.Scoring;
using SimSid.Model.Training;
using SimSid.Synthetic;
using SimSid.Testing;
using Xunit.Abstractions;

namespace SimSid.Model.Tests;

/// <summary>
/// End to end on synthetic chests: a short training of the tiny preset on normal phantoms (best epoch chosen on a
/// labelled validation set, as <c>simsid train --val</c> does), then the paper's score, 1 − σ of the standardised
/// D(G_student(x)), on a separate held-out set must rank obvious findings above normal chests.
/// </summary>
/// <remarks>
/// Two settings differ from a full training, both for the sake of a 60-epoch run: augmentation is off (the
/// reconstructions get sharp sooner), and λgen is 0.1 instead of the paper's 0.005, so that the generator learns to
/// make reconstructions of normal chests look real to the discriminator; findings it never trained on then look less
/// real. With λgen 0.005 the discriminator's verdict on reconstructions of unseen findings is much closer to chance
/// (this setup, seeds 1–4: held-out AUC 0.680, 0.543, 0.603, 0.596; a 96-image, 40-epoch variant ranged 0.48–0.75).
/// The score itself is unchanged.
/// </remarks>
[Collection(SoloTraining.Name)]
public sealed class SyntheticAnomalyAucTests(ITestOutputHelper output)
{
    /// <summary>
    /// An enlarged heart, a pleural effusion and a consolidation, each reaching 2.5× as far as the generator's default
    /// drawing (the effusion fills most of the lower hemithorax): obvious at 32 px.
    /// </summary>
    private static readonly AnomalyKind[] ObviousFindings = [AnomalyKind.Cardiomegaly, AnomalyKind.PleuralEffusion, AnomalyKind.Consolidation];

    private const double FindingExtent = 2.5;

    private const int Size = 32;

    /// <summary>
    /// Measured with exactly this setup (held-out 60 + 60 images): training seeds 1–6 on these phantoms 0.663 (this
    /// test), 0.812, 0.676, 0.850, 0.809, 0.817; seeds 7–12 on phantom seeds 200/201/202 0.746, 0.718, 0.693, 0.694,
    /// 0.772, 0.722 (all twelve ≥ 0.66, mean 0.75). Chance gives 0.5 ± 0.053 on this set.
    /// </summary>
    private const double MinimumAuc = 0.6;

    private static readonly TrainingOptions Short = new()
    {
        Epochs = 60,
        BatchSize = 8,
        Seed = 1,
        Threads = 1,
        LearningRate = 2e-3,
        FinalLearningRate = 4e-4,
        Augment = false,
        Weights = new LossWeights { Adversarial = 0.1 },
    };

    [Fact]
    public void Train_ShortRunOnPhantomsWithObviousFindings_ScoresHeldOutFindingsAboveNormals()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-synthetic-auc");
        var training = PhantomImageSets.Normals(seed: 100, count: 128, Size);
        var test = PhantomImageSets.Labelled(seed: 101, perClass: 60, ObviousFindings, FindingExtent, Size);
        var validation = PhantomImageSets.Labelled(seed: 102, perClass: 24, ObviousFindings, FindingExtent, Size);

        var result = new Trainer(Short).Train("tiny", SimSidPresets.Tiny, training, validation, temp.Path);

        using var engine = InferenceEngine.Open(temp.Path);
        var scores = engine.Score([.. Enumerable.Range(0, test.Count).Select(i => new Imaging.GrayImage(Size, Size, test.Pixels(i)))]);
        var auc = BinaryMetrics.Auc([.. scores.Select(s => s.Score)], [.. test.Items.Select(i => i.IsAbnormal)]);
        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"held-out AUC {auc:F3}; best epoch {result.BestEpoch} (validation AUC {result.BestValidationAuc:F3})"));
        Assert.True(auc >= MinimumAuc, $"held-out AUC {auc:F3} is below {MinimumAuc}");
    }
}
