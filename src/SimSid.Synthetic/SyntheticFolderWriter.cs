using System.Globalization;
using SimSid.Imaging;

namespace SimSid.Synthetic;

/// <summary>
/// Writes a labelled data set: <c>DIR/NORMAL/</c> and <c>DIR/ABNORMAL/</c>, one file per case named after its index
/// (<c>chest-00007.dcm</c> / <c>.png</c>), so the same options always produce the same paths and bytes.
/// </summary>
public static class SyntheticFolderWriter
{
    public static IReadOnlyList<SyntheticFile> Write(string outputDirectory, SyntheticFolderOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(options.FirstIndex);
        if (!Enum.IsDefined(options.Format))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Format, "Unknown output format.");
        }

        var generator = new ChestPhantomGenerator(options.Seed, options.AbnormalFraction) { FindingExtent = options.FindingExtent };
        Directory.CreateDirectory(Path.Combine(outputDirectory, PhantomCase.NormalLabel));
        Directory.CreateDirectory(Path.Combine(outputDirectory, PhantomCase.AbnormalLabel));
        var written = new List<SyntheticFile>(options.Count);
        for (var index = options.FirstIndex; index < options.FirstIndex + options.Count; index++)
        {
            var radiograph = generator.Generate(index, options.Size);
            var path = Path.Combine(outputDirectory, radiograph.Case.Label, FileName(index, options.Format));
            Save(radiograph, path, options.Format);
            written.Add(new SyntheticFile(path, radiograph.Case, radiograph.AnomalyRegion));
        }

        return written;
    }

    /// <summary>The file name of case <paramref name="index"/>, e.g. <c>chest-00007.dcm</c>.</summary>
    public static string FileName(int index, SyntheticImageFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"chest-{index:D5}") + (format == SyntheticImageFormat.Png ? ".png" : ".dcm");

    private static void Save(SyntheticRadiograph radiograph, string path, SyntheticImageFormat format)
    {
        if (format == SyntheticImageFormat.Png)
        {
            PngEncoder.Save(radiograph.Image, path);
        }
        else
        {
            SyntheticCrFactory.CreateFile(radiograph).Save(path);
        }
    }
}
