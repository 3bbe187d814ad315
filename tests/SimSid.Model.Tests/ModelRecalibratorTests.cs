using SimSid.Imaging;
using SimSid.Model.Configuration;
using SimSid.Model.Data;
using SimSid.Model.Network;
using SimSid.Model.Scoring;
using SimSid.Model.Storage;
using SimSid.Model.Training;
using SimSid.Testing;

namespace SimSid.Model.Tests;

public sealed class ModelRecalibratorTests : IDisposable
{
    private readonly TempDirectory temp = new("simsid-recalibrate");

    public ModelRecalibratorTests()
    {
        TorchFixture.Seed();
        DataRoot = temp.Combine("data");
        ModelDirectory = temp.Combine("model");
        var training = WriteImages("NORMAL", 6, abnormal: false, seed: 10);
        var validation = WriteImages("NORMAL", 3, abnormal: false, seed: 20).Concat(WriteImages("PNEUMONIA", 3, abnormal: true, seed: 30)).ToList();
        using var network = new SimSidNetwork(SimSidPresets.Tiny);
        ModelStore.Save(ModelDirectory, network, new ModelManifest
        {
            Preset = "tiny",
            Version = "tiny-20261130T000000Z",
            DeviceUid = DeviceUid.New(),
            Calibration = new ScoreCalibration(0, 1),
            Threshold = 0.5,
            ThresholdSource = "validation",
            Metrics = new Dictionary<string, double> { ["validationAuc"] = 0.1, ["validationAucEpoch0001"] = 0.6, ["bestEpoch"] = 1 },
            TrainingData = new TrainingDataSummary
            {
                FileListSha256 = ModelExporter.ListHash(training, DataRoot),
                ValidationFileListSha256 = ModelExporter.ListHash(validation, DataRoot),
            },
        });
        File.WriteAllText(Path.Combine(ModelDirectory, ModelRecalibrator.TrainingList), ModelExporter.FileList(training, DataRoot));
        File.WriteAllText(Path.Combine(ModelDirectory, ModelRecalibrator.ValidationList), ModelExporter.FileList(validation, DataRoot));
    }

    private string DataRoot { get; }

    private string ModelDirectory { get; }

    [Fact]
    public void Recalibrate_ToANewFolder_FitsTheListedImagesInTheShiftedViewsAndKeepsWeightsAndIdentity()
    {
        var before = ModelStore.ReadManifest(ModelDirectory);
        var beforeJson = File.ReadAllText(Path.Combine(ModelDirectory, ModelStore.ManifestFile));
        var output = temp.Combine("recalibrated");

        var after = ModelRecalibrator.Recalibrate(ModelDirectory, DataRoot, shiftPixels: 1, output);

        Assert.Equal(1, after.ScoreShiftPixels);
        Assert.Equal(before.Version, after.RecalibratedFrom);
        Assert.NotEqual(before.Version, after.Version);
        Assert.StartsWith("tiny-", after.Version, StringComparison.Ordinal);
        Assert.Equal(before.DeviceUid, after.DeviceUid);
        Assert.Equal(before.WeightsSha256, ModelStore.Sha256(Path.Combine(output, after.WeightsFile)));
        Assert.Equal("validation", after.ThresholdSource);
        Assert.Equal(0.6, after.Metrics["validationAucEpoch0001"]);
        Assert.NotEqual(0.1, after.Metrics["validationAuc"]);
        Assert.True(File.Exists(Path.Combine(output, ModelRecalibrator.TrainingList)));
        Assert.Equal(beforeJson, File.ReadAllText(Path.Combine(ModelDirectory, ModelStore.ManifestFile)));

        // μ and σ are those of the recalibrated model's own scores of its training images: their z-scores have mean 0, sd 1
        using var engine = InferenceEngine.Open(output, threads: 1);
        var trainingImages = ImageFileList.Read(Path.Combine(output, ModelRecalibrator.TrainingList), DataRoot)
            .Select(i => ImageFile.Load(i.Path)).ToList();
        var z = engine.Score(trainingImages).Select(r => r.ZScore).ToList();
        Assert.Equal(0, z.Average(), 5);
        Assert.Equal(1, Math.Sqrt(z.Average(v => v * v)), 4);

        // the threshold gives the target sensitivity on the validation list, as a trained model's does
        var validation = ImageFileList.Read(Path.Combine(output, ModelRecalibrator.ValidationList), DataRoot);
        var scores = engine.Score([.. validation.Select(i => ImageFile.Load(i.Path))]).Select(r => r.Score).ToList();
        var at = BinaryMetrics.AtThreshold(scores, [.. validation.Select(i => i.IsAbnormal)], after.Threshold);
        Assert.True(at.Sensitivity >= after.TargetSensitivity);
    }

    [Fact]
    public void Recalibrate_InPlace_ReplacesOnlyTheManifest()
    {
        var weights = ModelStore.Sha256(Path.Combine(ModelDirectory, "weights.dat"));

        var after = ModelRecalibrator.Recalibrate(ModelDirectory, DataRoot, shiftPixels: 0, outputDirectory: null);

        var written = ModelStore.ReadManifest(ModelDirectory);
        Assert.Equal((after.Version, after.Calibration, after.Threshold), (written.Version, written.Calibration, written.Threshold));
        Assert.Equal(0, after.ScoreShiftPixels);
        Assert.Equal(weights, ModelStore.Sha256(Path.Combine(ModelDirectory, "weights.dat")));
        using var engine = InferenceEngine.Open(ModelDirectory, threads: 1);
        Assert.Equal(after.Version, engine.Manifest.Version);
    }

    [Fact]
    public void Recalibrate_ListThatIsNotTheTrainedOne_IsRefusedAndNothingIsWritten()
    {
        var list = Path.Combine(ModelDirectory, ModelRecalibrator.TrainingList);
        File.WriteAllLines(list, File.ReadAllLines(list).Skip(1));
        var before = File.ReadAllText(Path.Combine(ModelDirectory, ModelStore.ManifestFile));

        var error = Assert.Throws<ModelFormatException>(() => ModelRecalibrator.Recalibrate(ModelDirectory, DataRoot, 1));

        Assert.Contains("train-files.txt does not match the SHA-256", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(ModelDirectory, ModelStore.ManifestFile)));
    }

    [Fact]
    public void Recalibrate_WithoutTheTrainingList_OrWithAShiftTooLarge_SaysWhy()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelRecalibrator.Recalibrate(ModelDirectory, DataRoot, 16));
        File.Delete(Path.Combine(ModelDirectory, ModelRecalibrator.TrainingList));
        var error = Assert.Throws<ModelFormatException>(() => ModelRecalibrator.Recalibrate(ModelDirectory, DataRoot, 1));
        Assert.Contains("recalibration needs the list of training images", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recalibrate_ImageMissingUnderTheDataRoot_NamesTheFile()
    {
        File.Delete(Path.Combine(DataRoot, "NORMAL", "NORMAL-10-0.png"));

        var error = Assert.Throws<InvalidDataException>(() => ModelRecalibrator.Recalibrate(ModelDirectory, DataRoot, 1));

        Assert.Contains("NORMAL-10-0.png", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private List<LabelledImage> WriteImages(string folder, int count, bool abnormal, int seed)
    {
        var directory = Path.Combine(DataRoot, folder);
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var path = Path.Combine(directory, $"{folder}-{seed}-{i}.png");
            PngEncoder.Save(new GrayImage(32, 32, SyntheticChests.Draw(32, abnormal, random)), path);
            return new LabelledImage(path, abnormal);
        })];
    }
}
