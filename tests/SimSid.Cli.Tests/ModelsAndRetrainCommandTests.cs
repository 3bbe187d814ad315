using SimSid.Testing;

namespace SimSid.Cli.Tests;

/// <summary>The registry verbs on an empty registry and <c>simsid retrain</c> refusing bad arguments (src/SimSid.Retrain/README.md).</summary>
public sealed class ModelsAndRetrainCommandTests(TrainedDemoFixture demo) : IClassFixture<TrainedDemoFixture>
{
    private static readonly string Simsid = Path.Combine(AppContext.BaseDirectory, "simsid.dll");

    [Fact]
    public void ModelsList_EmptyRegistry_ExitsZeroAndPrintsNothing()
    {
        using var registry = new TempDirectory("cli-models");

        var result = ExternalTool.Run("dotnet", Simsid, "models", "list", "--registry", registry.Path);

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.Equal(string.Empty, result.StandardOutput.Trim());
    }

    [Theory]
    [InlineData("promote", "v-does-not-exist")]
    [InlineData("rollback")]
    public void Models_EmptyRegistryUnknownOrNoPreviousVersion_ExitsTwo(params string[] verbAndArguments)
    {
        using var registry = new TempDirectory("cli-models-bad");

        var result = ExternalTool.Run("dotnet", [Simsid, "models", .. verbAndArguments, "--registry", registry.Path]);

        Assert.True(result.ExitCode == 2, result.Combined);
        Assert.False(File.Exists(registry.Combine("current")));
    }

    [Theory]
    [InlineData("--preset", "no-such-preset")]
    [InlineData("--device", "tpu")]
    [InlineData("--epochs", "not-a-number")]
    [InlineData("--budget-minutes", "5", "--epochs", "2")]
    public void Retrain_BadOption_ExitsOneWithoutTouchingRegistry(params string[] badOptions)
    {
        using var temp = new TempDirectory("cli-retrain-bad");
        var registry = temp.Combine("registry");

        var result = ExternalTool.Run("dotnet", [Simsid, "retrain", "--registry", registry, "--data", temp.Combine("data"), "--val", temp.Combine("val"), .. badOptions]);

        Assert.True(result.ExitCode == 1, result.Combined);
        Assert.False(Directory.Exists(registry));
    }

    [Fact]
    public void Retrain_MissingRequiredRegistry_ExitsOne()
    {
        using var temp = new TempDirectory("cli-retrain-missing");

        var result = ExternalTool.Run("dotnet", Simsid, "retrain", "--data", temp.Combine("data"), "--val", temp.Combine("val"));

        Assert.True(result.ExitCode == 1, result.Combined);
    }

    [Fact]
    public void Retrain_DataFolderMissing_ExitsOneWithMessage()
    {
        using var temp = new TempDirectory("cli-retrain-nodata");

        var result = ExternalTool.Run("dotnet", Simsid, "retrain", "--registry", temp.Combine("registry"), "--data", temp.Combine("no-such-data"), "--val", temp.Combine("val"), "--epochs", "1");

        Assert.True(result.ExitCode == 1, result.Combined);
        Assert.Contains("simsid retrain:", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Retrain_FewerImagesThanMinimum_ExitsFiveAndPromotesNothing()
    {
        using var temp = new TempDirectory("cli-retrain-few");
        var data = temp.Combine("data");
        ExternalTool.RunChecked("dotnet", Simsid, "synth", "--out", data, "--count", "2", "--size", "32", "--format", "png", "--abnormal-fraction", "0");

        var result = ExternalTool.Run("dotnet", Simsid, "retrain", "--registry", temp.Combine("registry"), "--data", data, "--val", temp.Combine("val"), "--epochs", "1", "--min-images", "5");

        Assert.True(result.ExitCode == 5, result.Combined);
        Assert.False(File.Exists(temp.Combine("registry", "current")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Retrain_DataAndDatabaseBothOrNeither_ExitsOneWithMessage(bool both)
    {
        using var temp = new TempDirectory("cli-retrain-source");
        string[] source = both ? ["--data", temp.Combine("data"), "--database", temp.Combine("simsid.db")] : [];

        var result = ExternalTool.Run("dotnet", [Simsid, "retrain", "--registry", temp.Combine("registry"), "--val", temp.Combine("val"), "--epochs", "1", .. source]);

        Assert.True(result.ExitCode == 1, result.Combined);
        Assert.Contains("either --data", result.Combined, StringComparison.Ordinal);
    }

    [Fact]
    public void Retrain_StateDatabaseWithoutInstances_ExitsFiveAndPromotesNothing()
    {
        using var temp = new TempDirectory("cli-retrain-db");
        var database = temp.Combine("state", "simsid.db");
        Gateway.State.StateDatabase.Open(database);

        var result = ExternalTool.Run("dotnet", Simsid, "retrain", "--registry", temp.Combine("registry"), "--database", database, "--val", temp.Combine("val"), "--epochs", "1", "--min-images", "5");

        Assert.True(result.ExitCode == 5, result.Combined);
        Assert.Contains("\"selected\":0", result.StandardOutput.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("registry", "current")));
    }

    [Fact]
    public void Retrain_StateDatabaseMissing_ExitsOneWithMessage()
    {
        using var temp = new TempDirectory("cli-retrain-nodb");

        var result = ExternalTool.Run("dotnet", Simsid, "retrain", "--registry", temp.Combine("registry"), "--database", temp.Combine("none.db"), "--val", temp.Combine("val"), "--epochs", "1");

        Assert.True(result.ExitCode == 1, result.Combined);
        Assert.Contains("does not exist", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("none.db")));
    }

    [Fact]
    public void ModelsPackThenImportPromote_TrainedModel_RegistryServesTheHalfPrecisionCopy()
    {
        Assert.True(demo.Result.ExitCode == 0, demo.Result.Combined);
        using var temp = new TempDirectory("cli-models-import");
        var packed = temp.Combine("packed");
        var registry = temp.Combine("registry");

        var pack = ExternalTool.Run("dotnet", Simsid, "models", "pack", "--model", demo.ModelDirectory, "--out", packed);
        var import = ExternalTool.Run("dotnet", Simsid, "models", "import", "--registry", registry, "--model", packed, "--version", "shipped", "--promote");
        var list = ExternalTool.Run("dotnet", Simsid, "models", "list", "--registry", registry);

        Assert.True(pack.ExitCode == 0, pack.Combined);
        Assert.Contains("\"precision\":\"float16\"", pack.StandardOutput, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(packed, "weights.dat")).Length < new FileInfo(Path.Combine(demo.ModelDirectory, "weights.dat")).Length * 0.6);
        Assert.True(import.ExitCode == 0, import.Combined);
        Assert.Contains("\"current\":\"shipped\"", import.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("shipped", File.ReadAllText(Path.Combine(registry, "current")).Trim());
        Assert.True(list.ExitCode == 0, list.Combined);
        Assert.Contains("shipped", list.StandardOutput, StringComparison.Ordinal);
        var image = Path.Combine(temp.Path, "synth");
        ExternalTool.RunChecked("dotnet", Simsid, "synth", "--out", image, "--count", "1", "--size", "64", "--format", "png", "--abnormal-fraction", "0");
        var score = ExternalTool.Run("dotnet", [Simsid, "score", "--model", Path.Combine(registry, "models", "shipped"), .. Directory.GetFiles(image, "*.png", SearchOption.AllDirectories)]);
        Assert.True(score.ExitCode == 0, score.Combined);
        Assert.Contains("\"score\"", score.StandardOutput, StringComparison.Ordinal);
    }
}
