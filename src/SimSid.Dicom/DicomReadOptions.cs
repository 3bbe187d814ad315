namespace SimSid.Dicom;

/// <summary>Options for reading DICOM files and datasets.</summary>
public sealed class DicomReadOptions
{
    public static readonly DicomReadOptions Default = new();

    /// <summary>Stop at the top-level Pixel Data (7FE0,0010) (or trailing padding): header-only parsing.</summary>
    public bool StopBeforePixelData { get; set; }

    /// <summary>Reject any single element value longer than this many bytes (null: bounded only by the input).</summary>
    public long? MaxElementLength { get; set; }

    /// <summary>The deepest sequence nesting accepted before the input is declared malformed.</summary>
    public int MaxNestingDepth { get; set; } = 32;
}
