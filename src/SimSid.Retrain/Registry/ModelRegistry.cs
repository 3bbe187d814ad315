using System.Text.RegularExpressions;
using SimSid.Model.Storage;

namespace SimSid.Retrain.Registry;

/// <summary>
/// A folder of model versions: <c>models/&lt;version&gt;/</c> (model directories in the model library's format),
/// a <c>current</c> pointer file switched atomically, <c>promotions.log</c> and <c>decisions/</c> (gate records).
/// Every model taken in gets a new Device UID; after each switch only the current model and the
/// <see cref="KeepPrevious"/> most recently current others are kept.
/// </summary>
public sealed partial class ModelRegistry
{
    public const string PointerFileName = "current";

    private readonly TimeProvider time;
    private readonly PromotionLog log;

    /// <summary>Opens (without creating anything: workers may mount it read-only) the registry at <paramref name="root"/>.</summary>
    public ModelRegistry(string root, int keepPrevious = 3, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentOutOfRangeException.ThrowIfNegative(keepPrevious);
        Root = Path.GetFullPath(root);
        KeepPrevious = keepPrevious;
        this.time = time ?? TimeProvider.System;
        log = new PromotionLog(Path.Combine(Root, "promotions.log"));
    }

    public string Root { get; }

    /// <summary>How many formerly current versions survive a prune besides the current one.</summary>
    public int KeepPrevious { get; }

    public string ModelsDirectory => Path.Combine(Root, "models");

    public string PointerPath => Path.Combine(Root, PointerFileName);

    public string DecisionsDirectory => Path.Combine(Root, "decisions");

    /// <summary>The current version, or null while nothing was promoted.</summary>
    public string? CurrentVersion => PointerFile.Read(PointerPath);

    /// <summary>The current model directory, or null while nothing was promoted.</summary>
    public string? CurrentModelDirectory => CurrentVersion is { } version ? VersionDirectory(version) : null;

    public string VersionDirectory(string version) => Path.Combine(ModelsDirectory, RequireValidName(version));

    /// <summary>Every version in the registry, newest first.</summary>
    public IReadOnlyList<RegistryEntry> List()
    {
        var current = CurrentVersion;
        var promoted = log.LastPromoted();
        var entries = new List<RegistryEntry>();
        if (!Directory.Exists(ModelsDirectory))
        {
            return entries;
        }

        foreach (var directory in Directory.EnumerateDirectories(ModelsDirectory))
        {
            var version = Path.GetFileName(directory);
            if (version.StartsWith('.'))
            {
                continue;
            }

            var manifest = ModelStore.ReadManifest(directory);
            entries.Add(new RegistryEntry(
                version,
                directory,
                manifest.Preset,
                manifest.DeviceUid,
                manifest.CreatedUtc,
                promoted.TryGetValue(version, out var when) ? when : null,
                manifest.Metrics.TryGetValue("validationAuc", out var auc) ? auc : null,
                string.Equals(version, current, StringComparison.Ordinal)));
        }

        return [.. entries.OrderByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Version, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Copies a trained model directory into <c>models/&lt;version&gt;/</c> (complete before it appears) with a new
    /// Device UID. The version is <paramref name="version"/>, else the model's own, made unique with a suffix.
    /// Does not promote.
    /// </summary>
    /// <exception cref="ModelFormatException">The source is not a model directory.</exception>
    public RegistryEntry Import(string modelDirectory, string? version = null)
    {
        var manifest = ModelStore.ReadManifest(modelDirectory);
        var baseName = RequireValidName(version ?? (manifest.Version.Length > 0 ? manifest.Version : "model"));
        var name = baseName;
        for (var n = 2; Directory.Exists(Path.Combine(ModelsDirectory, name)); n++)
        {
            if (version is not null)
            {
                throw new RegistryException($"Version '{version}' already exists in {ModelsDirectory}.");
            }

            name = $"{baseName}-{n}";
        }

        var staging = Path.Combine(ModelsDirectory, $".{name}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(staging);
        // Creating the staging folder also creates models/ on first use; readers (inference workers) never write.
        try
        {
            foreach (var file in Directory.EnumerateFiles(modelDirectory))
            {
                File.Copy(file, Path.Combine(staging, Path.GetFileName(file)));
            }

            ManifestIdentity.Set(staging, name, DeviceUid.New());
            ModelStore.ReadManifest(staging);
            Directory.Move(staging, Path.Combine(ModelsDirectory, name));
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return List().Single(e => e.Version == name);
    }

    /// <summary>Makes <paramref name="version"/> current (atomic pointer switch), records it and prunes.</summary>
    public void Promote(string version)
    {
        var directory = VersionDirectory(version);
        if (!Directory.Exists(directory))
        {
            throw new RegistryException($"Version '{version}' is not in the registry {ModelsDirectory}.");
        }

        ModelStore.ReadManifest(directory);
        PointerFile.Write(PointerPath, version);
        log.Append(version, time.GetUtcNow());
        Prune();
    }

    /// <summary>
    /// Makes <paramref name="version"/> current, or without one the version that was current before the present one
    /// (the most recently promoted other version still in the registry). Returns the version now current.
    /// </summary>
    public string Rollback(string? version = null)
    {
        var current = CurrentVersion ?? throw new RegistryException("Nothing to roll back: no model has been promoted yet.");
        var target = version ?? log.Read()
            .Reverse()
            .Select(e => e.Version)
            .FirstOrDefault(v => v != current && Directory.Exists(Path.Combine(ModelsDirectory, v)))
            ?? throw new RegistryException($"No previous version to roll back to from '{current}'.");
        Promote(target);
        return target;
    }

    /// <summary>
    /// Deletes versions other than the current one beyond the <see cref="KeepPrevious"/> most recently promoted (never
    /// promoted ones count as promoted when created). Returns the deleted versions.
    /// </summary>
    public IReadOnlyList<string> Prune()
    {
        var entries = List();
        var doomed = entries
            .Where(e => !e.IsCurrent)
            .OrderByDescending(e => e.LastPromotedUtc ?? e.CreatedUtc)
            .Skip(KeepPrevious)
            .Select(e => e.Version)
            .ToList();
        foreach (var version in doomed)
        {
            var directory = Path.Combine(ModelsDirectory, version);
            var trash = Path.Combine(ModelsDirectory, $".{version}.{Guid.NewGuid():N}.deleted");
            Directory.Move(directory, trash);
            Directory.Delete(trash, recursive: true);
        }

        return doomed;
    }

    private static string RequireValidName(string version)
    {
        if (!VersionName().IsMatch(version))
        {
            throw new RegistryException($"'{version}' is not a valid version name (letters, digits, '.', '_' and '-'; not starting with '.').");
        }

        return version;
    }

    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionName();
}
