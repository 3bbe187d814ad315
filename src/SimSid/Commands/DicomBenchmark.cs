using System.Diagnostics;
using System.Globalization;
using SimSid.Dicom;
using SimSid.Dicom.Imaging;

namespace SimSid.Commands;

/// <summary>
/// The measurements behind <c>simsid bench dicom</c>: our Part 10 parse of an uncompressed 2048×2560 16-bit CR
/// file and our JPEG Lossless decode, beside dcmdump and dcmdjpeg on the same files. External tools are timed
/// as whole processes; their start-up (measured on a tiny file) is subtracted for the "net" figures.
/// </summary>
internal sealed class DicomBenchmark(string folder, int runs, TextWriter log)
{
    public const int Columns = 2048;
    public const int Rows = 2560;

    public IReadOnlyList<BenchmarkRow> Run()
    {
        var native = Path.Combine(folder, "cr-2048x2560-16bit.dcm");
        var tiny = Path.Combine(folder, "cr-tiny.dcm");
        WriteCrLikeFile(native, Columns, Rows);
        WriteCrLikeFile(tiny, 8, 8);
        var nativeBytes = new FileInfo(native).Length;

        var rows = new List<BenchmarkRow>();
        var parse = TimeOurs(() => DicomFile.Open(native));
        var dcmdump = ProcessTimer.Find("dcmdump");
        var (dumpRaw, dumpNet) = dcmdump is null ? (null, null) : TimeTool(dcmdump, [native], [tiny]);
        rows.Add(new BenchmarkRow("parse native (DicomFile.Open vs dcmdump)", nativeBytes, parse.Best, parse.AllocatedBytes, dumpRaw, dumpNet));

        var dcmcjpeg = ProcessTimer.Find("dcmcjpeg");
        var dcmdjpeg = ProcessTimer.Find("dcmdjpeg");
        if (dcmcjpeg is null)
        {
            log.WriteLine("dcmcjpeg is not installed: the JPEG Lossless rows are skipped (apt-get install dcmtk).");
            return rows;
        }

        var lossless = Path.Combine(folder, "cr-2048x2560-16bit.jpegls-sv1.dcm");
        var tinyLossless = Path.Combine(folder, "cr-tiny.jpegls-sv1.dcm");
        ProcessTimer.Time(dcmcjpeg, ["+e1", native, lossless], 1);
        ProcessTimer.Time(dcmcjpeg, ["+e1", tiny, tinyLossless], 1);
        var losslessBytes = new FileInfo(lossless).Length;
        var decode = TimeOurs(() =>
        {
            var file = DicomFile.Open(lossless);
            DicomPixelData.Create(file.Dataset, file.Meta.TransferSyntax).GetFrame(0);
        });
        var (djRaw, djNet) = dcmdjpeg is null
            ? (null, null)
            : TimeTool(dcmdjpeg, [lossless, Path.Combine(folder, "out.dcm")], [tinyLossless, Path.Combine(folder, "out-tiny.dcm")]);
        rows.Add(new BenchmarkRow("decode JPEG Lossless SV1 (ours vs dcmdjpeg)", losslessBytes, decode.Best, decode.AllocatedBytes, djRaw, djNet));
        return rows;
    }

    private (double Best, long AllocatedBytes) TimeOurs(Action action)
    {
        action(); // warm-up: JIT and page cache
        var times = new double[runs];
        long allocated = 0;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            action();
            times[i] = clock.Elapsed.TotalMilliseconds;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        return (Best(times), allocated);
    }

    private (double? Raw, double? Net) TimeTool(string tool, string[] arguments, string[] tinyArguments)
    {
        ProcessTimer.Time(tool, arguments, 1); // warm-up
        var raw = new double[runs];
        var startup = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            // Interleaved, so a burst of load on a shared machine hits both series alike.
            raw[i] = ProcessTimer.Time(tool, arguments, 1)[0];
            startup[i] = ProcessTimer.Time(tool, tinyArguments, 1)[0];
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(tool)} start-up on an 8x8 file: {Best(startup):F1} ms (best of {runs})"));
        return (Best(raw), Math.Max(0, Best(raw) - Best(startup)));
    }

    /// <summary>The fastest run: on a shared machine the least disturbed one.</summary>
    private static double Best(double[] values) => values.Min();

    /// <summary>A CR-like image: a bright elliptical body on a dark background, smooth shading and noise, 12 bits stored.</summary>
    private static void WriteCrLikeFile(string path, int columns, int rows)
    {
        var random = new Random(2048);
        var pixels = new byte[columns * rows * 2];
        for (var y = 0; y < rows; y++)
        {
            var dy = (y - (rows / 2.0)) / (rows * 0.42);
            for (var x = 0; x < columns; x++)
            {
                var dx = (x - (columns / 2.0)) / (columns * 0.40);
                var body = Math.Max(0.0, 1.0 - (dx * dx) - (dy * dy));
                var value = 300 + (3200 * Math.Sqrt(body)) + (200 * Math.Sin(y / 37.0)) + random.Next(64);
                var sample = (ushort)Math.Clamp(value, 0, 4095);
                pixels[2 * ((y * columns) + x)] = (byte)sample;
                pixels[(2 * ((y * columns) + x)) + 1] = (byte)(sample >> 8);
            }
        }

        var dataset = new DicomDataset()
            .AddOrUpdate(DicomTag.SOPClassUID, DicomUid.ComputedRadiographyImageStorage)
            .AddOrUpdate(DicomTag.SOPInstanceUID, DicomUid.Generate())
            .AddOrUpdate(DicomTag.StudyInstanceUID, DicomUid.Generate())
            .AddOrUpdate(DicomTag.SeriesInstanceUID, DicomUid.Generate())
            .AddOrUpdate(DicomTag.Modality, "CR")
            .AddOrUpdate(DicomTag.PatientName, "BENCHMARK^PHANTOM")
            .AddOrUpdate(DicomTag.PatientID, "BENCH")
            .AddOrUpdate(DicomTag.ViewPosition, "PA")
            .AddOrUpdate(DicomTag.SamplesPerPixel, (ushort)1)
            .AddOrUpdate(DicomTag.PhotometricInterpretation, "MONOCHROME2")
            .AddOrUpdate(DicomTag.Rows, (ushort)rows)
            .AddOrUpdate(DicomTag.Columns, (ushort)columns)
            .AddOrUpdate(DicomTag.BitsAllocated, (ushort)16)
            .AddOrUpdate(DicomTag.BitsStored, (ushort)12)
            .AddOrUpdate(DicomTag.HighBit, (ushort)11)
            .AddOrUpdate(DicomTag.PixelRepresentation, (ushort)0)
            .AddOrUpdate(DicomTag.PixelData, DicomVR.OW, pixels);
        new DicomFile(dataset, DicomTransferSyntax.ExplicitVRLittleEndian).Save(path);
    }
}
