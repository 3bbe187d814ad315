namespace SimSid.Dicom.Network.Files;

/// <summary>Validates UIDs before they become path segments (PS3.5 §9.1: digits and dots, at most 64 characters).</summary>
public static class UidPath
{
    /// <summary>True when <paramref name="uid"/> is a syntactically valid UID (no leading zeros in components, no empty component).</summary>
    public static bool IsValid(string? uid)
    {
        if (string.IsNullOrEmpty(uid) || uid.Length > 64)
        {
            return false;
        }

        var componentStart = 0;
        for (var i = 0; i <= uid.Length; i++)
        {
            if (i == uid.Length || uid[i] == '.')
            {
                var length = i - componentStart;
                if (length == 0 || (length > 1 && uid[componentStart] == '0'))
                {
                    return false;
                }

                componentStart = i + 1;
            }
            else if (uid[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns <paramref name="uid"/> for use as a path segment, or throws <see cref="ArgumentException"/>.</summary>
    public static string Segment(string? uid, string what) =>
        IsValid(uid) ? uid! : throw new ArgumentException($"{what} '{uid}' is not a valid UID; refusing to build a path from it.", nameof(uid));
}
