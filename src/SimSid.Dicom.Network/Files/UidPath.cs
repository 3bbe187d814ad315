namespace SimSid.Dicom.Network.Files;

/// <summary>Validates UIDs before they become path segments (PS3.5 §9.1: digits and dots, at most 64 characters).</summary>
public static class UidPath
{
    /// <summary>True when <paramref name="uid"/> is a syntactically valid UID (see <see cref="DicomUid.IsValid"/>).</summary>
    public static bool IsValid(string? uid) => DicomUid.IsValid(uid);

    /// <summary>Returns <paramref name="uid"/> for use as a path segment, or throws <see cref="ArgumentException"/>.</summary>
    public static string Segment(string? uid, string what) =>
        IsValid(uid) ? uid! : throw new ArgumentException($"{what} '{uid}' is not a valid UID; refusing to build a path from it.", nameof(uid));
}
