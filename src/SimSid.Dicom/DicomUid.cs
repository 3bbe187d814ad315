using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace SimSid.Dicom;

/// <summary>
/// UID helpers (PS3.5 §9): generation under a root or as 2.25.&lt;UUID as decimal&gt; (PS3.5 §B.2), deterministic
/// name-based UIDs, validation, and names of well-known UIDs. The constants are in the generated part.
/// </summary>
public static partial class DicomUid
{
    /// <summary>The maximum length of a UID (PS3.5 §9.1).</summary>
    public const int MaxLength = 64;

    /// <summary>A new UID of the form 2.25.&lt;random UUID as an unsigned decimal&gt;.</summary>
    public static string Generate() => "2.25." + ToDecimal(Guid.NewGuid().ToByteArray(bigEndian: true));

    /// <summary>A new UID under <paramref name="root"/> (random, from a UUID, truncated to fit 64 characters).</summary>
    public static string Generate(string root) => Append(root, ToDecimal(Guid.NewGuid().ToByteArray(bigEndian: true)));

    /// <summary>
    /// A deterministic UID for <paramref name="name"/> under <paramref name="root"/> (SHA-256 based): the same
    /// inputs always give the same UID. With an empty root the result is 2.25.&lt;name-based UUID&gt;.
    /// </summary>
    public static string FromName(string root, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes((root ?? string.Empty) + "\u0000" + name));
        var uuid = hash.AsSpan(0, 16).ToArray();
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50); // RFC 9562 version 5 (name-based, SHA) layout
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return string.IsNullOrEmpty(root) ? "2.25." + ToDecimal(uuid) : Append(root, ToDecimal(uuid));
    }

    /// <summary>True for a syntactically valid UID: digits and dots, at most 64 characters, no empty component and no leading zero.</summary>
    public static bool IsValid(string? uid)
    {
        if (string.IsNullOrEmpty(uid) || uid.Length > MaxLength)
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
            else if (uid[i] < '0' || uid[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The PS3.6 name of a well-known UID, or the UID itself when it is not in the registry.</summary>
    public static string GetName(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        var key = uid.Trim().TrimEnd('\0');
        return TryGetKnownName(key, out var name) ? name : key;
    }

    private static string Append(string root, string digits)
    {
        ArgumentNullException.ThrowIfNull(root);
        var prefix = root.TrimEnd('.');
        if (!IsValid(prefix))
        {
            throw new ArgumentException($"'{root}' is not a valid UID root.", nameof(root));
        }

        var room = MaxLength - prefix.Length - 1;
        if (room < 8)
        {
            throw new ArgumentException($"The UID root '{root}' leaves fewer than 8 digits for unique UIDs.", nameof(root));
        }

        return prefix + "." + (digits.Length > room ? digits[..room] : digits);
    }

    private static string ToDecimal(byte[] uuidBigEndian) =>
        new BigInteger(uuidBigEndian, isUnsigned: true, isBigEndian: true).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
