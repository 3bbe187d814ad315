using SimSid.Synthetic;

namespace SimSid.Retrain.Tests;

/// <summary>Synthetic chest folders written once per test run (64 px PNG, fixed seeds) and shared read-only by tests.</summary>
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
        var root = Path.Combine(Path.GetTempPath(), $"simsid-retrain-data-{Environment.ProcessId}");
        Write(Path.Combine(root, "normals"), 40, 0, seed: 11, firstIndex: 0);
        Write(Path.Combine(root, "mostly-abnormal"), 40, 0.9, seed: 12, firstIndex: 0);
        Write(Path.Combine(root, "validation"), 32, 0.5, seed: 13, firstIndex: 1000);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(root, recursive: true);
        return root;
    }

    private static void Write(string directory, int count, double abnormalFraction, int seed, int firstIndex)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

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
