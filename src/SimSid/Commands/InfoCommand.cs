using System.CommandLine;
using System.Text;
using System.Text.Json;
using SimSid.Dicom;

namespace SimSid.Commands;

/// <summary>
/// <c>simsid info FILE...</c>: one JSON object per line per file with the attributes that identify an image and
/// describe its pixels. Never patient name, ID or birth date. Unreadable files get a one-line reason on stderr
/// and make the exit code 1 (the other files are still printed).
/// </summary>
internal static class InfoCommand
{
    private static readonly (string Name, DicomTag Tag)[] TextFields =
    [
        ("SOPClassUID", DicomTag.SOPClassUID),
        ("SOPInstanceUID", DicomTag.SOPInstanceUID),
        ("StudyInstanceUID", DicomTag.StudyInstanceUID),
        ("SeriesInstanceUID", DicomTag.SeriesInstanceUID),
        ("Modality", DicomTag.Modality),
    ];

    private static readonly (string Name, DicomTag Tag)[] NumberFields =
    [
        ("Rows", DicomTag.Rows),
        ("Columns", DicomTag.Columns),
        ("BitsAllocated", DicomTag.BitsAllocated),
        ("BitsStored", DicomTag.BitsStored),
    ];

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "DICOM files (Part 10, or a raw dataset).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("info", "Print each file's key attributes as one JSON object per line (no patient data).") { files };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(files) ?? [], parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(IReadOnlyList<string> files, TextWriter output, TextWriter error)
    {
        var status = 0;
        foreach (var path in files)
        {
            DicomFile file;
            try
            {
                file = DicomFile.Open(path, new DicomReadOptions { StopBeforePixelData = true });
            }
            catch (Exception ex) when (ex is DicomException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"simsid info: {path}: {OneLine(ex.Message)}");
                status = 1;
                continue;
            }

            output.WriteLine(ToJson(file));
        }

        return status;
    }

    internal static string ToJson(DicomFile file)
    {
        var dataset = file.Dataset;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, tag) in TextFields)
            {
                WriteText(json, name, Text(dataset, tag));
            }

            foreach (var (name, tag) in NumberFields)
            {
                var value = Number(dataset, tag);
                if (value is int n)
                {
                    json.WriteNumber(name, n);
                }
                else
                {
                    json.WriteNull(name);
                }
            }

            WriteText(json, "PhotometricInterpretation", Text(dataset, DicomTag.PhotometricInterpretation));
            WriteText(json, "TransferSyntaxUID", file.Meta.TransferSyntax.Uid);
            WriteText(json, "ViewPosition", Text(dataset, DicomTag.ViewPosition));
            WriteText(json, "BodyPartExamined", Text(dataset, DicomTag.BodyPartExamined));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteText(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string? Text(DicomDataset dataset, DicomTag tag)
    {
        try
        {
            var value = dataset.GetStringOrDefault(tag)?.Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }
        catch (DicomException)
        {
            return null;
        }
    }

    private static int? Number(DicomDataset dataset, DicomTag tag)
    {
        if (!dataset.TryGetItem(tag, out var item) || item is not DicomElement element || element.Count == 0)
        {
            return null;
        }

        try
        {
            return element.GetValue<int>();
        }
        catch (DicomException)
        {
            return null;
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
