namespace SimSid.Dicom;

/// <summary>Generates UIDs under a configured organisation root, or 2.25 UUID-derived UIDs when no root is set.</summary>
public sealed class DicomUidGenerator
{
    public DicomUidGenerator(string? root = null)
    {
        if (!string.IsNullOrWhiteSpace(root) && !DicomUid.IsValid(root.TrimEnd('.')))
        {
            throw new ArgumentException($"'{root}' is not a valid UID root.", nameof(root));
        }

        Root = string.IsNullOrWhiteSpace(root) ? null : root.TrimEnd('.');
    }

    /// <summary>The organisation root, or null for 2.25 UIDs.</summary>
    public string? Root { get; }

    /// <summary>A new unique UID.</summary>
    public string Generate() => Root is null ? DicomUid.Generate() : DicomUid.Generate(Root);

    /// <summary>A deterministic UID for a name (same name, same UID).</summary>
    public string FromName(string name) => DicomUid.FromName(Root ?? string.Empty, name);
}
