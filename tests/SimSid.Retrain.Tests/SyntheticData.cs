using SimSid.Synthetic;

namespace SimSid.Retrain.Tests;

/// <summary>Synthetic chest folders (64 px PNG, fixed seeds) written once into the temp folder and shared read-only by tests.</summary>
internal static class SyntheticData
{
    private static readonly Lazy<string> Root = new(Create);

    /// <summary>40 normal images (unlabelled retraining data).</summary>
    public static string Normals => Path.Combine(Root.Value, "normals");

    /// <summary>40 images, 90 % abnormal: data that makes a deliberately worse candidate.</summary>
    public static string MostlyAbnormal => Path.Combine(Root.Value, "mostly-abnormal");

    /// <summary>Labelled validation folder: NORMAL and ABNORMAL, 16 each.</summary>
    public static string Validation => Path.Combine(Root.Value, "validation");

    private static string Create()
    {
        // Deterministic content, so one shared copy serves every test run; built aside and renamed into place.
        var root = Path.Combine(Path.GetTempPath(), "simsid-retrain-synthetic-v1");
        if (Directory.Exists(root))
        {
            return root;
        }

        var staging = $"{root}.{Guid.NewGuid():N}.tmp";
        Write(Path.Combine(staging, "normals"), 40, 0, seed: 11, firstIndex: 0);
        Write(Path.Combine(staging, "mostly-abnormal"), 40, 0.9, seed: 12, firstIndex: 0);
        Write(Path.Combine(staging, "validation"), 32, 0.5, seed: 13, firstIndex: 1000);
        try
        {
            Directory.Move(staging, root);
        }
        catch (IOException) when (Directory.Exists(root))
        {
            Directory.Delete(staging, recursive: true);
        }

        return root;
    }

    private static void Write(string directory, int count, double abnormalFraction, int seed, int firstIndex)
    {
        SyntheticFolderWriter.Write(directory, new SyntheticFolderOptions
        {
            Count = count,
            AbnormalFraction = abnormalFraction,
            Seed = seed,
            FirstIndex = firstIndex,
            Format = SyntheticImageFormat.Png,
            Size = 64,
        });
    }
}
