namespace SimSid.Retrain.Watching;

/// <summary>The registry's current model changed: the new version and its directory (the previous version, if known).</summary>
public sealed class CurrentModelChangedEventArgs(string version, string modelDirectory, string? previousVersion) : EventArgs
{
    public string Version { get; } = version;

    public string ModelDirectory { get; } = modelDirectory;

    public string? PreviousVersion { get; } = previousVersion;
}
