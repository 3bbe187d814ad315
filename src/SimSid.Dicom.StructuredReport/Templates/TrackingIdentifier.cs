namespace SimSid.Dicom.StructuredReport.Templates;

/// <summary>
/// TID 4108 "Tracking Identifier": a human-readable Tracking Identifier (112039, DCM, TEXT) and a Tracking
/// Unique Identifier (112040, DCM, UIDREF), both HAS OBS CONTEXT of a measurement group.
/// </summary>
public sealed class TrackingIdentifier
{
    public TrackingIdentifier(string identifier, string uid)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identifier);
        Identifier = identifier;
        Uid = SopInstanceReference.RequireUid(uid, nameof(uid));
    }

    public string Identifier { get; }

    public string Uid { get; }

    public IReadOnlyList<ContentItem> ToContentItems() =>
    [
        new TextItem(SrCodes.TrackingIdentifier, Identifier, RelationshipType.HasObsContext),
        new UidRefItem(SrCodes.TrackingUniqueIdentifier, Uid, RelationshipType.HasObsContext),
    ];
}
