namespace SimSid.Contracts;

/// <summary>The model that produced a score: name, version, Device Observer UID and decision threshold.</summary>
public sealed record ModelIdentity(string Name, string Version, string DeviceUid, double Threshold);
