namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// One node of an SR content tree (PS3.3 C.17.3 "SR Document Content Module"): a concept name, a value of one
/// value type, the relationship to its parent (absent on the root) and the items it is the source of.
/// Subclasses exist per value type; <see cref="ToDataset"/> writes the item with its whole subtree.
/// </summary>
public abstract class ContentItem
{
    private readonly List<ContentItem> _children = [];

    protected ContentItem(CodedConcept? conceptName, RelationshipType? relationship)
    {
        ConceptName = conceptName;
        Relationship = relationship;
    }

    /// <summary>The concept name (ConceptNameCodeSequence); only KOS image references go without one.</summary>
    public CodedConcept? ConceptName { get; }

    /// <summary>The relationship to the parent (RelationshipType); null for the document root.</summary>
    public RelationshipType? Relationship { get; }

    /// <summary>The Value Type (0040,A040) enumerated value, e.g. "CONTAINER" or "NUM".</summary>
    public abstract string ValueType { get; }

    /// <summary>The items this item is the source of, in document order.</summary>
    public IReadOnlyList<ContentItem> Children => _children;

    /// <summary>Appends a child; it must carry a relationship type.</summary>
    public ContentItem Add(ContentItem child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Relationship is null)
        {
            throw new ArgumentException(
                $"The {child.ValueType} item {child.ConceptName} has no relationship type, so it cannot be a child of {ConceptName}.",
                nameof(child));
        }

        if (ReferenceEquals(child, this))
        {
            throw new ArgumentException("A content item cannot contain itself.", nameof(child));
        }

        _children.Add(child);
        return this;
    }

    /// <summary>Appends children in order.</summary>
    public ContentItem AddRange(IEnumerable<ContentItem> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        foreach (var child in children)
        {
            Add(child);
        }

        return this;
    }

    /// <summary>
    /// Writes this item as a Content Sequence item (or, for the root, as the document-level attributes):
    /// RelationshipType, ValueType, ConceptNameCodeSequence, the value attributes and the ContentSequence.
    /// </summary>
    public DicomDataset ToDataset()
    {
        var dataset = new DicomDataset();
        WriteTo(dataset);
        return dataset;
    }

    /// <summary>Writes this item's attributes into an existing dataset (used for the document root).</summary>
    public void WriteTo(DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (Relationship is { } relationship)
        {
            dataset.SetText(DicomTag.RelationshipType, DicomVR.CS, relationship.ToCode());
        }

        dataset.SetText(DicomTag.ValueType, DicomVR.CS, ValueType);
        if (ConceptName is not null)
        {
            dataset.SetSequence(DicomTag.ConceptNameCodeSequence, ConceptName.ToDataset());
        }

        WriteValue(dataset);
        if (_children.Count > 0)
        {
            dataset.SetSequence(DicomTag.ContentSequence, _children.Select(c => c.ToDataset()));
        }
    }

    /// <summary>Writes the value attributes of this value type.</summary>
    protected abstract void WriteValue(DicomDataset dataset);

    /// <summary>Enumerates this item and every descendant, depth first.</summary>
    public IEnumerable<ContentItem> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in _children)
        {
            foreach (var item in child.DescendantsAndSelf())
            {
                yield return item;
            }
        }
    }

    public override string ToString() => $"{Relationship?.ToCode() ?? "ROOT"} {ValueType} {ConceptName}";
}
