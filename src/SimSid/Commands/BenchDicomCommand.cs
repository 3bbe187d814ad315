using System.CommandLine;
using System.Globalization;

namespace SimSid.Commands;

/// <summary>
/// <c>simsid bench dicom [--runs N]</c>: parse throughput of an uncompressed 2048×2560 16-bit CR file and JPEG
/// Lossless decode time, ours beside dcmdump / dcmdjpeg on the same files in the same run; prints a table.
/// </summary>
internal static class BenchDicomCommand
{
    public static Command Create()
    {
        var runs = new Option<int>("--runs") { Description = "Timed runs per measurement (the fastest is reported).", DefaultValueFactory = _ => 5 };
        runs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100)
            {
                result.AddError("--runs must be between 1 and 100.");
            }
        });
        var command = new Command("dicom", "DICOM parse throughput and JPEG Lossless decode time, beside dcmdump and dcmdjpeg.") { runs };
        command.SetAction(parseResult => Run(parseResult.GetValue(runs), parseResult.InvocationConfiguration.Output));
        return command;
    }

    internal static int Run(int runs, TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"simsid-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var rows = new DicomBenchmark(folder, runs, output).Run();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"simsid bench dicom: {DicomBenchmark.Columns}x{DicomBenchmark.Rows} 16-bit CR, best of {runs} runs; dcmtk times are whole processes, 'net' minus their start-up"));
            output.WriteLine(Format("task", "MB", "ours ms", "ours MB/s", "alloc MB", "dcmtk ms", "net ms", "net MB/s"));
            foreach (var row in rows)
            {
                output.WriteLine(Format(
                    row.Task,
                    Number(row.FileBytes / 1e6, "F1"),
                    Number(row.OursMs, "F1"),
                    Number(row.OursMegabytesPerSecond, "F0"),
                    Number(row.OursAllocatedBytes / 1e6, "F1"),
                    Number(row.ToolRawMs, "F1"),
                    Number(row.ToolNetMs, "F1"),
                    Number(row.ToolNetMegabytesPerSecond, "F0")));
            }

            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or TimeoutException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"simsid bench dicom: {ex.Message}");
            return 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Number(double? value, string format) =>
        value is double v ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static string Format(string task, string mb, string ours, string oursRate, string alloc, string raw, string net, string netRate) =>
        $"{task,-46} {mb,7} {ours,9} {oursRate,10} {alloc,9} {raw,9} {net,9} {netRate,9}";
}
