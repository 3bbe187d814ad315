namespace SimSid.Dicom.StructuredReport.Templates;

/// <summary>
/// TID 1002 "Observer Context" for a device observer (the only kind machine output needs): Observer Type
/// (121005, DCM) = Device (121007, DCM), followed by TID 1004 device identification, all HAS OBS CONTEXT.
/// </summary>
public sealed class ObserverContext
{
    public ObserverContext(DeviceObserverIdentifyingAttributes device)
    {
        Device = device ?? throw new ArgumentNullException(nameof(device));
    }

    public DeviceObserverIdentifyingAttributes Device { get; }

    public IReadOnlyList<ContentItem> ToContentItems() =>
    [
        new CodeItem(SrCodes.ObserverType, SrCodes.Device, RelationshipType.HasObsContext),
        .. Device.ToContentItems(),
    ];
}
