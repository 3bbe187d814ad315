using System.CommandLine;
using System.Text.Json;
using SimSid.Dicom;
using SimSid.Dicom.Imaging;
using SimSid.Dicom.StructuredReport;
using SimSid.Dicom.StructuredReport.Triage;
using SimSid.Model.Scoring;
using SimSid.Model.Storage;

namespace SimSid.Commands;

/// <summary>
/// <c>simsid report [--model DIR] --out DIR [--sop-class comprehensive3d|comprehensive|enhanced] [--series-number N]
/// [--revision N] [--kos] [--threads N] FILE...</c>: scores the DICOM images of one study and writes the triage SR
/// (and, with <c>--kos</c>, a Key Object Selection when an image is flagged) into DIR. Prints one JSON line with the
/// written paths, UIDs and flag; never patient identities.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var model = new Option<DirectoryInfo?>("--model") { Description = "Model directory (default: SIMSID_MODEL or the shipped model)." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder the SR (and KOS) files are written to.", Required = true };
        var sopClass = new Option<string>("--sop-class")
        {
            Description = "SR storage class: comprehensive3d (88.34), comprehensive (88.33) or enhanced (88.22).",
            DefaultValueFactory = _ => "comprehensive3d",
        };
        sopClass.AcceptOnlyFromAmong("comprehensive3d", "comprehensive", "enhanced");
        var seriesNumber = new Option<int>("--series-number") { Description = "Series Number of the SR series.", DefaultValueFactory = _ => 9901 };
        var revision = new Option<int>("--revision") { Description = "Report revision (1, 2, ...); later revisions list their predecessor.", DefaultValueFactory = _ => 1 };
        revision.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--revision starts at 1.");
            }
        });
        var kos = new Option<bool>("--kos") { Description = "Also write a Key Object Selection \"Of Interest\" when an image is flagged." };
        var threads = new Option<int>("--threads") { Description = "TorchSharp threads (0 = library default).", DefaultValueFactory = _ => 0 };
        var files = new Argument<FileInfo[]>("files") { Description = "DICOM images of one study.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("report", "Score the images of one study and write the AI triage DICOM SR (TID 1500), optionally a KOS.")
        {
            model, output, sopClass, seriesNumber, revision, kos, threads, files,
        };
        command.SetAction(parseResult =>
        {
            var options = new TriageReportOptions
            {
                SopClass = parseResult.GetValue(sopClass) switch
                {
                    "comprehensive" => SrSopClass.Comprehensive,
                    "enhanced" => SrSopClass.Enhanced,
                    _ => SrSopClass.Comprehensive3D,
                },
                SeriesNumber = parseResult.GetValue(seriesNumber),
                Revision = parseResult.GetValue(revision),
            };
            try
            {
                using var engine = InferenceEngine.Open(DefaultModelLocator.Resolve(parseResult.GetValue(model)), parseResult.GetValue(threads));
                return Run(engine, [.. parseResult.GetRequiredValue(files).Select(f => f.FullName)], parseResult.GetRequiredValue(output).FullName, options, parseResult.GetValue(kos));
            }
            catch (Exception ex) when (ex is IOException or ModelFormatException or DicomException or ArgumentException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"simsid report: {ex.Message}");
                return 2;
            }
        });
        return command;
    }

    private static int Run(InferenceEngine engine, IReadOnlyList<string> paths, string outputDirectory, TriageReportOptions options, bool writeKos)
    {
        var sources = new List<DicomDataset>();
        var scores = new List<ImageTriageResult>();
        foreach (var path in paths)
        {
            var file = DicomFile.Open(path);
            var score = engine.Score(DicomPixelPipeline.ToGrayImage(file, size: null));
            sources.Add(file.Dataset);
            scores.Add(new ImageTriageResult(
                file.Dataset.GetString(DicomTag.SOPClassUID),
                file.Dataset.GetString(DicomTag.SOPInstanceUID),
                score.Score,
                score.Flagged));
        }

        var manifest = engine.Manifest;
        var builder = new TriageReportBuilder(new TriageModelInfo("SimSID", manifest.Version, manifest.DeviceUid, manifest.Threshold), options);
        var result = new TriageResult(scores);
        var now = TimeProvider.System.GetLocalNow();
        Directory.CreateDirectory(outputDirectory);
        var report = builder.Build(sources, result, now);
        var reportPath = Path.Combine(outputDirectory, $"SR_{report.Header.SopInstanceUid}.dcm");
        report.ToFile().Save(reportPath);
        string? kosPath = null;
        if (writeKos && builder.BuildKeyObjectSelection(sources, result, now) is { } selection)
        {
            kosPath = Path.Combine(outputDirectory, $"KO_{selection.Header.SopInstanceUid}.dcm");
            selection.ToFile().Save(kosPath);
        }

        Console.WriteLine(JsonSerializer.Serialize(
            new
            {
                sr = reportPath,
                kos = kosPath,
                sopClassUid = report.SopClassUid,
                sopInstanceUid = report.Header.SopInstanceUid,
                studyInstanceUid = report.StudyInstanceUid,
                images = scores.Count,
                flagged = result.IsFlagged,
                maxScore = Math.Round(result.MaxAnomalyScore, 6),
                modelVersion = manifest.Version,
            },
            ModelVerbJson.Compact));
        return 0;
    }
}
