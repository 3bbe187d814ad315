namespace SimSid.Dicom.StructuredReport.Templates;

/// <summary>
/// TID 2010 "Key Object Selection": a title from CID 7010 (default (113000, DCM, "Of Interest")), optional
/// language and device observer context, an optional Key Object Description (113012, DCM) and one CONTAINS
/// IMAGE item, without a concept name, per selected instance.
/// </summary>
public sealed class KeyObjectSelection
{
    public KeyObjectSelection(
        IReadOnlyList<SopInstanceReference> selectedInstances,
        string? description = null,
        CodedConcept? title = null,
        ObserverContext? observer = null,
        LanguageOfContent? language = null)
    {
        SelectedInstances = selectedInstances ?? throw new ArgumentNullException(nameof(selectedInstances));
        if (SelectedInstances.Count == 0)
        {
            throw new ArgumentException("A key object selection needs at least one selected instance.", nameof(selectedInstances));
        }

        Description = string.IsNullOrWhiteSpace(description) ? null : description;
        Title = title ?? SrCodes.OfInterest;
        Observer = observer;
        Language = language;
    }

    public IReadOnlyList<SopInstanceReference> SelectedInstances { get; }

    public string? Description { get; }

    public CodedConcept Title { get; }

    public ObserverContext? Observer { get; }

    public LanguageOfContent? Language { get; }

    public ContainerItem ToContentItem()
    {
        var root = new ContainerItem(Title, relationship: null, templateIdentifier: "2010");
        if (Language is not null)
        {
            root.Add(Language.ToContentItem());
        }

        if (Observer is not null)
        {
            root.AddRange(Observer.ToContentItems());
        }

        if (Description is not null)
        {
            root.Add(new TextItem(SrCodes.KeyObjectDescription, Description, RelationshipType.Contains));
        }

        foreach (var instance in SelectedInstances)
        {
            root.Add(new ImageItem(null, instance.SopClassUid, instance.SopInstanceUid, RelationshipType.Contains));
        }

        return root;
    }
}
