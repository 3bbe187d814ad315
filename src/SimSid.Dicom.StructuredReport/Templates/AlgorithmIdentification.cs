namespace SimSid.Dicom.StructuredReport.Templates;

/// <summary>
/// TID 4019 "Algorithm Identification": Algorithm Family (optional CODE), Algorithm Name and Algorithm Version
/// (TEXT, mandatory) and Algorithm Parameters (TEXT, 0-n), all HAS CONCEPT MOD to the item they qualify.
/// </summary>
public sealed class AlgorithmIdentification
{
    public AlgorithmIdentification(string name, string version, IReadOnlyList<string>? parameters = null, CodedConcept? family = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        Name = name;
        Version = version;
        Parameters = parameters ?? [];
        if (Parameters.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Algorithm parameters must not be empty.", nameof(parameters));
        }

        Family = family;
    }

    public string Name { get; }

    public string Version { get; }

    public IReadOnlyList<string> Parameters { get; }

    public CodedConcept? Family { get; }

    public IReadOnlyList<ContentItem> ToContentItems()
    {
        var items = new List<ContentItem>();
        if (Family is not null)
        {
            items.Add(new CodeItem(SrCodes.AlgorithmFamily, Family, RelationshipType.HasConceptMod));
        }

        items.Add(new TextItem(SrCodes.AlgorithmName, Name, RelationshipType.HasConceptMod));
        items.Add(new TextItem(SrCodes.AlgorithmVersion, Version, RelationshipType.HasConceptMod));
        items.AddRange(Parameters.Select(p => new TextItem(SrCodes.AlgorithmParameters, p, RelationshipType.HasConceptMod)));
        return items;
    }
}
