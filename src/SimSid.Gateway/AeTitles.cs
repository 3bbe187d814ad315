namespace SimSid.Gateway;

/// <summary>AE title syntax (PS3.5 AE VR): 1-16 characters of the default repertoire, no backslash or control characters, not all spaces.</summary>
internal static class AeTitles
{
    public static bool IsValid(string? ae) =>
        ae is { Length: > 0 and <= 16 }
        && !string.IsNullOrWhiteSpace(ae)
        && ae.All(c => c is >= ' ' and <= '~' && c != '\\');
}
