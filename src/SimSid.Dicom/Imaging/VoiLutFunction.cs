namespace SimSid.Dicom.Imaging;

/// <summary>VOI LUT Function (0028,1056), PS3.3 C.11.2.1.3.</summary>
public enum VoiLutFunction
{
    /// <summary>LINEAR (the default): PS3.3 C.11.2.1.2.1.</summary>
    Linear,

    /// <summary>LINEAR_EXACT: PS3.3 C.11.2.1.3.2.</summary>
    LinearExact,

    /// <summary>SIGMOID: PS3.3 C.11.2.1.3.1.</summary>
    Sigmoid,
}
