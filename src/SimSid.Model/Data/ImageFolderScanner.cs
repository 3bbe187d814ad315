namespace SimSid.Model.Data;

/// <summary>
/// Lists the images under a folder with labels from their class folder: a file's parent folder named <c>NORMAL</c>
/// (any case) is normal, any other folder name (PNEUMONIA, ABNORMAL, …) is abnormal. Files directly inside the given
/// folder take that folder's own name as their class, so <c>train/NORMAL</c> and <c>train</c> both work.
/// </summary>
public static class ImageFolderScanner
{
    /// <summary>File extensions considered images (PNG, JPEG, DICOM); DICOM needs a loader from the caller.</summary>
    public static IReadOnlySet<string> Extensions { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".dcm", ".dicom" };

    /// <summary>Every image under <paramref name="root"/>, sorted by path (ordinal) so runs are reproducible.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<LabelledImage> Scan(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Image folder '{root}' does not exist.");
        }

        return [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal)
            .Select(f => new LabelledImage(f, IsAbnormalClass(Path.GetFileName(Path.GetDirectoryName(f))!)))];
    }

    /// <summary>True unless <paramref name="classFolder"/> is <c>NORMAL</c> in any case.</summary>
    public static bool IsAbnormalClass(string classFolder) =>
        !string.Equals(classFolder, "NORMAL", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The training selection: all normal images, or with <paramref name="contamination"/> F &gt; 0 the same number of
    /// images of which a fraction F are abnormal (paper Fig. 9; reference positive_ratio = 1 − F), drawn with
    /// <paramref name="seed"/>.
    /// </summary>
    public static IReadOnlyList<LabelledImage> SelectTraining(IReadOnlyList<LabelledImage> images, double contamination, int seed)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (contamination is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(contamination), contamination, "Contamination must be in [0, 1).");
        }

        var normals = images.Where(i => !i.IsAbnormal).ToList();
        if (normals.Count == 0)
        {
            throw new InvalidDataException("No NORMAL images found: training needs a class folder named NORMAL.");
        }

        if (contamination == 0)
        {
            return normals;
        }

        var abnormal = images.Where(i => i.IsAbnormal).ToList();
        var keepNormals = (int)((1 - contamination) * normals.Count);
        var addAbnormal = normals.Count - keepNormals;
        if (abnormal.Count < addAbnormal)
        {
            throw new InvalidDataException($"Contamination {contamination} needs {addAbnormal} abnormal images; only {abnormal.Count} found.");
        }

        var random = new Random(seed);
        return [.. Shuffled(normals, random).Take(keepNormals).Concat(Shuffled(abnormal, random).Take(addAbnormal)).OrderBy(i => i.Path, StringComparer.Ordinal)];
    }

    private static List<LabelledImage> Shuffled(List<LabelledImage> items, Random random)
    {
        var copy = items.ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(copy));
        return copy;
    }
}
