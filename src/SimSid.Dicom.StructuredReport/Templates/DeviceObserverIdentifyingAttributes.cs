namespace SimSid.Dicom.StructuredReport.Templates;

/// <summary>
/// TID 1004 "Device Observer Identifying Attributes": the device (here: a model) that made the observations,
/// as HAS OBS CONTEXT items: Device Observer UID (mandatory), Name, Manufacturer, Model Name, Serial Number.
/// </summary>
public sealed class DeviceObserverIdentifyingAttributes
{
    public DeviceObserverIdentifyingAttributes(
        string uid,
        string? name = null,
        string? manufacturer = null,
        string? modelName = null,
        string? serialNumber = null)
    {
        Uid = SopInstanceReference.RequireUid(uid, nameof(uid));
        Name = NullIfEmpty(name);
        Manufacturer = NullIfEmpty(manufacturer);
        ModelName = NullIfEmpty(modelName);
        SerialNumber = NullIfEmpty(serialNumber);
    }

    /// <summary>Device Observer UID (121012): for a model, its Device UID, new per trained version.</summary>
    public string Uid { get; }

    public string? Name { get; }

    public string? Manufacturer { get; }

    public string? ModelName { get; }

    public string? SerialNumber { get; }

    public IReadOnlyList<ContentItem> ToContentItems()
    {
        var items = new List<ContentItem> { new UidRefItem(SrCodes.DeviceObserverUid, Uid, RelationshipType.HasObsContext) };
        AddText(items, SrCodes.DeviceObserverName, Name);
        AddText(items, SrCodes.DeviceObserverManufacturer, Manufacturer);
        AddText(items, SrCodes.DeviceObserverModelName, ModelName);
        AddText(items, SrCodes.DeviceObserverSerialNumber, SerialNumber);
        return items;
    }

    private static void AddText(List<ContentItem> items, CodedConcept concept, string? value)
    {
        if (value is not null)
        {
            items.Add(new TextItem(concept, value, RelationshipType.HasObsContext));
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
