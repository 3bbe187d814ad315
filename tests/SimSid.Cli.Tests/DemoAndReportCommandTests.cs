using System.Text.Json.Nodes;
using SimSid.Testing;

namespace SimSid.Cli.Tests;

/// <summary>The demo, report, score and eval verbs, sharing one demo run (and the tiny model it trains).</summary>
public sealed class DemoAndReportCommandTests(TrainedDemoFixture demo) : IClassFixture<TrainedDemoFixture>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Demo_TinyModel_TrainsTinyModelAndEveryStudyGetsValidSr()
    {
        Assert.True(demo.Result.ExitCode == 0, demo.Result.Combined);
        Assert.Contains("All 2 studies got their SR.", demo.Result.StandardOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(demo.ModelDirectory, "model.json")), demo.Result.Combined);
        var reports = PacsFiles();
        Assert.Equal(2, reports.Count);
        var check = ExternalTool.Run("dciodvfy", reports[0]);
        Assert.True(check.ExitCode == 0, check.Combined);
    }

    [Fact]
    public void Demo_AsTheReadmeRunsIt_ScoresWithTheShippedModelAndEveryStudyGetsItsSr()
    {
        using var temp = new TempDirectory("cli-demo-shipped");
        var root = RepositoryRoot();
        var shipped = Path.Combine(root, "models", "zhanglab-compact");
        Assert.True(File.Exists(Path.Combine(shipped, "model.json")), $"the shipped model is missing: {shipped}");

        var result = ExternalTool.Run("dotnet", [TrainedDemoFixture.Simsid, "demo", "--count", "2", "--work", temp.Combine("work"), "--timeout", "120"], TimeSpan.FromMinutes(4), workingDirectory: root);

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.Contains("All 2 studies got their SR.", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"Model: {shipped}", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("training a tiny demo model", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_Output_ContainsNoPatientNamesOrIds()
    {
        Assert.DoesNotContain("SYNTHETIC^", demo.Result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("SYNTH-", demo.Result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_TrainedModelWithKos_WritesValidImagingMeasurementReport()
    {
        Assert.True(demo.Result.ExitCode == 0, demo.Result.Combined);
        var image = FirstInputImage();
        var output = demo.Scratch("report-out");

        var result = ExternalTool.Run("dotnet", TrainedDemoFixture.Simsid, "report", "--model", demo.ModelDirectory, "--out", output, "--threads", "1", image, "--kos");

        Assert.True(result.ExitCode == 0, result.Combined);
        var sr = Assert.Single(Directory.GetFiles(output, "SR_*.dcm"));
        Assert.Contains(Path.GetFileName(sr), result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("SYNTHETIC^", result.Combined, StringComparison.Ordinal);
        var check = ExternalTool.Run("dciodvfy", sr);
        Assert.True(check.ExitCode == 0, check.Combined);
        var dump = ExternalTool.RunChecked("dsrdump", sr);
        Assert.Contains("Imaging Measurement Report", dump.StandardOutput, StringComparison.Ordinal);
        foreach (var kos in Directory.GetFiles(output, "KO_*.dcm"))
        {
            var kosCheck = ExternalTool.Run("dciodvfy", kos);
            Assert.True(kosCheck.ExitCode == 0, kosCheck.Combined);
        }
    }

    [Fact]
    public void Report_ThresholdZeroWithKos_FlagsAndWritesValidKeyObjectSelection()
    {
        Assert.True(demo.Result.ExitCode == 0, demo.Result.Combined);
        var model = demo.Scratch("model-threshold-zero");
        foreach (var file in Directory.GetFiles(demo.ModelDirectory))
        {
            File.Copy(file, Path.Combine(model, Path.GetFileName(file)));
        }

        var manifestPath = Path.Combine(model, "model.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        manifest["threshold"] = 0.0;
        File.WriteAllText(manifestPath, manifest.ToJsonString());
        var image = FirstInputImage();
        var output = demo.Scratch("report-flagged");

        var result = ExternalTool.Run("dotnet", TrainedDemoFixture.Simsid, "report", "--model", model, "--out", output, "--threads", "1", "--kos", image);

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.Contains("\"flagged\":true", result.StandardOutput, StringComparison.Ordinal);
        var kos = Assert.Single(Directory.GetFiles(output, "KO_*.dcm"));
        var check = ExternalTool.Run("dciodvfy", kos);
        Assert.True(check.ExitCode == 0, check.Combined);
    }

    [Fact]
    public void Report_MissingModel_ExitsTwoWithoutWriting()
    {
        var image = FirstInputImage();
        var output = Path.Combine(demo.Scratch("report-missing"), "out");

        var result = ExternalTool.Run("dotnet", TrainedDemoFixture.Simsid, "report", "--model", Path.Combine(demo.Work, "no-such-model"), "--out", output, image);

        Assert.Equal(2, result.ExitCode);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Score_OnAutoOrCuda_ScoresWhereLibTorchCanAndNamesTheReasonWhereItCannot()
    {
        Assert.True(demo.Result.ExitCode == 0, demo.Result.Combined);
        var image = FirstInputImage();

        var auto = ExternalTool.Run("dotnet", TrainedDemoFixture.Simsid, "score", "--model", demo.ModelDirectory, "--threads", "1", "--device", "auto", image);
        var cuda = ExternalTool.Run("dotnet", TrainedDemoFixture.Simsid, "score", "--model", demo.ModelDirectory, "--threads", "1", "--device", "cuda", image);

        Assert.True(auto.ExitCode == 0, auto.Combined);
        Assert.Contains("\"score\":", auto.StandardOutput, StringComparison.Ordinal);
        if (cuda.ExitCode != 0)
        {
            // This machine has no GPU or runs the CPU LibTorch: a clear refusal, never a silent CPU run.
            Assert.True(cuda.ExitCode == 2, cuda.Combined);
            Assert.Contains("no CUDA device or CUDA build of LibTorch", cuda.StandardError, StringComparison.Ordinal);
            Assert.Empty(cuda.StandardOutput.Trim());
        }
    }

    [Fact]
    public void Eval_LabelledFolder_PrintsMetricsAtTheStoredThresholdWithAucIntervalAndWritesTheReport()
    {
        Assert.True(demo.Result.ExitCode == 0, demo.Result.Combined);
        var data = demo.Scratch("eval-data");
        var synth = ExternalTool.Run("dotnet", TrainedDemoFixture.Simsid, "synth", "--out", data, "--count", "12", "--abnormal-fraction", "0.5", "--format", "png", "--size", "64", "--seed", "3");
        Assert.True(synth.ExitCode == 0, synth.Combined);
        var normals = Directory.GetFiles(Path.Combine(data, "NORMAL"), "*.png").Length;
        var abnormals = Directory.GetFiles(Path.Combine(data, "ABNORMAL"), "*.png").Length;
        var reportDir = demo.Scratch("eval-report");

        var result = ExternalTool.Run("dotnet", TrainedDemoFixture.Simsid, "eval", "--model", demo.ModelDirectory, "--data", data, "--out", reportDir, "--threads", "1");

        Assert.True(result.ExitCode == 0, result.Combined);
        var line = Assert.Single(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var report = JsonNode.Parse(line)!.AsObject();
        var counts = report["counts"]!;
        Assert.Equal(normals, (int)counts["normal"]!);
        Assert.Equal(abnormals, (int)counts["abnormal"]!);
        Assert.Equal(abnormals, (int)counts["truePositives"]! + (int)counts["falseNegatives"]!);
        Assert.Equal(normals, (int)counts["trueNegatives"]! + (int)counts["falsePositives"]!);
        Assert.Equal((double)counts["truePositives"]! / abnormals, (double)report["sensitivity"]!, 12);
        Assert.Equal((double)counts["trueNegatives"]! / normals, (double)report["specificity"]!, 12);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(demo.ModelDirectory, "model.json")))!;
        Assert.Equal((double)manifest["threshold"]!, (double)report["threshold"]!, 12);
        var auc = (double)report["auc"]!;
        Assert.InRange(auc, 0, 1);
        Assert.True((double)report["aucStandardError"]! >= 0, line);
        Assert.InRange(auc, (double)report["aucCi95"]!["lower"]!, (double)report["aucCi95"]!["upper"]!);
        foreach (var name in new[] { "roc.png", "pr.png", "histogram-normal.png", "histogram-abnormal.png", "reconstructions.png" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(reportDir, name));
            Assert.True(bytes.AsSpan().StartsWith(PngSignature), name);
        }

        Assert.Equal(line + "\n", File.ReadAllText(Path.Combine(reportDir, "report.json")));
    }

    [Fact]
    public void Eval_FolderWithoutImages_ExitsTwoWithMessage()
    {
        Assert.True(demo.Result.ExitCode == 0, demo.Result.Combined);
        var empty = demo.Scratch("eval-empty");

        var result = ExternalTool.Run("dotnet", TrainedDemoFixture.Simsid, "eval", "--model", demo.ModelDirectory, "--data", empty, "--threads", "1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("holds no PNG, JPEG or DICOM images", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput.Trim());
    }

    [Fact]
    public void Calibrate_DemoModel_RefitsItsScoreForAnotherShiftIntoANewFolderThatScores()
    {
        Assert.True(demo.Result.ExitCode == 0, demo.Result.Combined);
        var trained = JsonNode.Parse(File.ReadAllText(Path.Combine(demo.ModelDirectory, "model.json")))!;
        Assert.Equal(1, (int)trained["scoreShiftPixels"]!);
        var output = Path.Combine(demo.Scratch("calibrated"), "model");

        var result = ExternalTool.Run("dotnet", TrainedDemoFixture.Simsid, "calibrate", "--model", demo.ModelDirectory, "--data", Path.Combine(demo.Work, "train"), "--score-shift", "2", "--out", output, "--threads", "1");

        Assert.True(result.ExitCode == 0, result.Combined);
        var line = JsonNode.Parse(Assert.Single(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)))!;
        Assert.Equal(2, (int)line["scoreShiftPixels"]!);
        Assert.Equal((string)trained["version"]!, (string)line["recalibratedFrom"]!);
        Assert.Equal("training-quantile", (string)line["thresholdSource"]!);
        var written = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "model.json")))!;
        Assert.Equal((string)line["model"]!, (string)written["version"]!);
        Assert.Equal((string)trained["weightsSha256"]!, (string)written["weightsSha256"]!);
        Assert.Contains("shifted 2 px", (string)written["scoreDefinition"]!, StringComparison.Ordinal);
        var score = ExternalTool.Run("dotnet", TrainedDemoFixture.Simsid, "score", "--model", output, "--threads", "1", FirstInputImage());
        Assert.True(score.ExitCode == 0, score.Combined);
        Assert.InRange((double)JsonNode.Parse(score.StandardOutput.Trim())!["score"]!, 0, 1);
    }

    [Fact]
    public void Calibrate_DataFolderWithoutTheListedImages_ExitsTwoNamingTheImageAndWritesNothing()
    {
        Assert.True(demo.Result.ExitCode == 0, demo.Result.Combined);
        var output = Path.Combine(demo.Scratch("calibrate-wrong-data"), "model");

        var result = ExternalTool.Run("dotnet", TrainedDemoFixture.Simsid, "calibrate", "--model", demo.ModelDirectory, "--data", demo.Scratch("calibrate-empty"), "--out", output, "--threads", "1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Cannot read image", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("NORMAL", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    private string FirstInputImage() =>
        Directory.GetFiles(Path.Combine(demo.Work, "input"), "*.dcm", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();

    private List<string> PacsFiles()
    {
        var pacs = Path.Combine(demo.Work, "pacs");
        return [.. Directory.GetFiles(pacs, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + ".staging", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SimSid.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("SimSid.sln not found above the test folder or the working directory.");
    }
}
