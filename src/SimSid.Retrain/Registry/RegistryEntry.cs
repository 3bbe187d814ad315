namespace SimSid.Retrain.Registry;

/// <summary>One model version held by the registry, as <c>simsid models list</c> shows it.</summary>
public sealed record RegistryEntry(
    string Version,
    string Directory,
    string Preset,
    string DeviceUid,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? LastPromotedUtc,
    double? ValidationAuc,
    bool IsCurrent);
