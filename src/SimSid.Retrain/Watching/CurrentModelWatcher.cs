using SimSid.Retrain.Registry;

namespace SimSid.Retrain.Watching;

/// <summary>
/// Tells an inference worker that the registry's current model changed: a <see cref="FileSystemWatcher"/> on the
/// registry folder triggers <see cref="Check"/>, which reads the <c>current</c> pointer and raises
/// <see cref="CurrentModelChanged"/> once per new version (events are coalesced by the version check, so duplicate
/// file events never raise twice). Hosts may also call <see cref="Check"/> on a timer as a fallback for file systems
/// without change notification. The worker loads the new model beside the old one and switches between messages.
/// </summary>
public sealed class CurrentModelWatcher : IDisposable
{
    private readonly ModelRegistry registry;
    private readonly Lock gate = new();
    private FileSystemWatcher? watcher;

    public CurrentModelWatcher(string registryDirectory)
    {
        registry = new ModelRegistry(registryDirectory);
        KnownVersion = registry.CurrentVersion;
    }

    public event EventHandler<CurrentModelChangedEventArgs>? CurrentModelChanged;

    /// <summary>Raised when a change notification could not be handled (for example a malformed pointer).</summary>
    public event EventHandler<ErrorEventArgs>? Failed;

    /// <summary>The version last seen (at construction or by the last check).</summary>
    public string? KnownVersion { get; private set; }

    /// <summary>Starts watching the pointer file for changes.</summary>
    public void Start()
    {
        if (watcher is not null)
        {
            return;
        }

        watcher = new FileSystemWatcher(registry.Root, ModelRegistry.PointerFileName)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.CreationTime,
        };
        watcher.Changed += OnFileEvent;
        watcher.Created += OnFileEvent;
        watcher.Renamed += OnFileEvent;
        watcher.Error += (_, e) => Failed?.Invoke(this, e);
        watcher.EnableRaisingEvents = true;
    }

    /// <summary>Reads the pointer; raises <see cref="CurrentModelChanged"/> and returns true when the version changed.</summary>
    public bool Check()
    {
        CurrentModelChangedEventArgs? change = null;
        lock (gate)
        {
            var version = registry.CurrentVersion;
            if (version is not null && !string.Equals(version, KnownVersion, StringComparison.Ordinal))
            {
                change = new CurrentModelChangedEventArgs(version, registry.VersionDirectory(version), KnownVersion);
                KnownVersion = version;
            }
        }

        if (change is null)
        {
            return false;
        }

        CurrentModelChanged?.Invoke(this, change);
        return true;
    }

    public void Dispose()
    {
        watcher?.Dispose();
        watcher = null;
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e)
    {
        try
        {
            Check();
        }
        catch (Exception ex) when (ex is IOException or RegistryException or UnauthorizedAccessException)
        {
            Failed?.Invoke(this, new ErrorEventArgs(ex));
        }
    }
}
