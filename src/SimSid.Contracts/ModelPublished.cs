namespace SimSid.Contracts;

/// <summary>A new model version became current in the registry (workers load it and switch between messages).</summary>
public sealed record ModelPublished(string Version, string DeviceUid, string ModelDirectory, DateTimeOffset PublishedUtc);
