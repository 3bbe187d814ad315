namespace SimSid.Dicom.StructuredReport.Triage;

/// <summary>
/// The model that produced the scores, as the SR names it: algorithm name and version (TID 4019), the Device UID
/// (new per trained model; device observer and Contributing Equipment), the manufacturer and the flag threshold.
/// </summary>
public sealed record TriageModelInfo
{
    public const string DefaultManufacturer = "SimSid contributors";

    public TriageModelInfo(string name, string version, string deviceUid, double threshold, string manufacturer = DefaultManufacturer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(manufacturer);
        if (!double.IsFinite(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be a finite number.");
        }

        Name = name;
        Version = version;
        DeviceUid = SopInstanceReference.RequireUid(deviceUid, nameof(deviceUid));
        Threshold = threshold;
        Manufacturer = manufacturer;
    }

    public string Name { get; }

    public string Version { get; }

    public string DeviceUid { get; }

    /// <summary>Scores at or above this value are flagged.</summary>
    public double Threshold { get; }

    public string Manufacturer { get; }

    public bool IsFlagged(double anomalyScore) => anomalyScore >= Threshold;
}
