using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SimSid.Testing;

namespace SimSid.Cli.Tests;

public sealed class TrainCommandTests
{
    private static readonly string Simsid = Path.Combine(AppContext.BaseDirectory, "simsid.dll");

    [Fact]
    public void Train_ScheduleAndInputFlagsAndFileLists_AreRecordedInTheModelFolder()
    {
        using var dir = new TempDirectory("cli-train-lr");
        var data = Synthesise(dir);
        var model = dir.Combine("model");

        var result = ExternalTool.Run(
            "dotnet", Simsid, "train", "--data", data, "--preset", "tiny", "--out", model, "--epochs", "2", "--threads", "1",
            "--lr", "3e-4", "--final-lr", "3e-4", "--d-lr", "5e-5", "--warmup-epochs", "1", "--average-epochs", "3", "--input-normalization", "per-image");

        Assert.True(result.ExitCode == 0, result.Combined);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(model, "model.json")));
        Assert.Equal("PerImage", manifest.RootElement.GetProperty("config").GetProperty("inputNormalization").GetString());
        var trainingData = manifest.RootElement.GetProperty("trainingData");
        Assert.Equal(3e-4, trainingData.GetProperty("learningRate").GetDouble());
        Assert.Equal(3e-4, trainingData.GetProperty("finalLearningRate").GetDouble());
        Assert.Equal(5e-5, trainingData.GetProperty("discriminatorLearningRate").GetDouble());
        Assert.Equal(1, trainingData.GetProperty("generatorWarmUpEpochs").GetInt32());
        Assert.Equal(1, trainingData.GetProperty("averagedEpochs").GetInt32()); // only epoch 2 was adversarial
        var trainFiles = File.ReadAllText(Path.Combine(model, "train-files.txt"));
        Assert.StartsWith("NORMAL\tchest-00000.png\n", trainFiles, StringComparison.Ordinal); // relative to --data
        Assert.DoesNotContain(dir.Path, trainFiles, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(trainFiles))), trainingData.GetProperty("fileListSha256").GetString());
        using var epoch = JsonDocument.Parse(File.ReadLines(Path.Combine(model, "metrics.jsonl")).First());
        Assert.Equal(3e-4, epoch.RootElement.GetProperty("learningRate").GetDouble(), 12);
        Assert.Equal(0, epoch.RootElement.GetProperty("discriminatorLoss").GetDouble()); // the warm-up epoch trains the generator only
    }

    [Theory]
    [InlineData("--warmup-epochs", "Warm-up epochs cannot be negative")]
    [InlineData("--average-epochs", "The number of epochs to average cannot be negative")]
    public void Train_NegativeEpochCount_ExitsTwoWithMessageAndWritesNoModel(string option, string message)
    {
        using var dir = new TempDirectory("cli-train-warmup-bad");
        var data = Synthesise(dir);
        var model = dir.Combine("model");

        var result = ExternalTool.Run(
            "dotnet", Simsid, "train", "--data", data, "--preset", "tiny", "--out", model, "--epochs", "1", "--threads", "1", option, "-1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(model));
    }

    [Theory]
    [InlineData("--lr", "0")]
    [InlineData("--final-lr", "-1e-5")]
    [InlineData("--d-lr", "0")]
    public void Train_NonPositiveLearningRate_ExitsTwoWithMessageAndWritesNoModel(string option, string value)
    {
        using var dir = new TempDirectory("cli-train-lr-bad");
        var data = Synthesise(dir);
        var model = dir.Combine("model");

        var result = ExternalTool.Run(
            "dotnet", Simsid, "train", "--data", data, "--preset", "tiny", "--out", model, "--epochs", "1", "--threads", "1", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Learning rates must be positive", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(model));
    }

    [Fact]
    public void Train_SplitSeed_DrawsTheHoldoutIndependentlyOfTheInitialWeights()
    {
        using var dir = new TempDirectory("cli-train-split-seed");
        var data = dir.Combine("data");
        var synth = ExternalTool.Run("dotnet", Simsid, "synth", "--out", data, "--count", "24", "--abnormal-fraction", "0.5", "--format", "png", "--size", "32");
        Assert.True(synth.ExitCode == 0, synth.Combined);

        string[] Train(string name, params string[] seeds)
        {
            var model = dir.Combine(name);
            string[] arguments = [Simsid, "train", "--data", data, "--preset", "tiny", "--out", model, "--epochs", "1", "--threads", "1", "--holdout", "4", .. seeds];
            var result = ExternalTool.Run("dotnet", arguments);
            Assert.True(result.ExitCode == 0, result.Combined);
            return [File.ReadAllText(Path.Combine(model, "validation-files.txt")), File.ReadAllText(Path.Combine(model, "train-files.txt"))];
        }

        var splitSeven = Train("split-7", "--seed", "1", "--split-seed", "7");
        var seedSeven = Train("seed-7", "--seed", "7");
        var seedOne = Train("seed-1", "--seed", "1");

        Assert.Equal(seedSeven, splitSeven);
        Assert.Equal(8, splitSeven[0].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.NotEqual(seedOne[0], splitSeven[0]);
        Assert.NotEqual(File.ReadAllBytes(dir.Combine("split-7", "weights.dat")), File.ReadAllBytes(dir.Combine("seed-7", "weights.dat"))); // other initial weights
    }

    private static string Synthesise(TempDirectory dir)
    {
        var data = dir.Combine("data");
        var synth = ExternalTool.Run("dotnet", Simsid, "synth", "--out", data, "--count", "8", "--abnormal-fraction", "0", "--format", "png", "--size", "32");
        Assert.True(synth.ExitCode == 0, synth.Combined);
        return Path.Combine(data, "NORMAL");
    }
}
