using System.Globalization;

namespace SimSid.Dicom.Network.Dimse;

/// <summary>A DIMSE status code (PS3.7 Annex C, C-STORE statuses in PS3.4 §B.2.3).</summary>
public readonly record struct DicomStatus(ushort Code)
{
    public static readonly DicomStatus Success = new(0x0000);

    /// <summary>Warning: coercion of data elements.</summary>
    public static readonly DicomStatus CoercionOfDataElements = new(0xB000);

    /// <summary>Warning: data set does not match SOP class.</summary>
    public static readonly DicomStatus DataSetDoesNotMatchSopClassWarning = new(0xB007);

    /// <summary>Warning: elements discarded.</summary>
    public static readonly DicomStatus ElementsDiscarded = new(0xB006);

    /// <summary>Failure: refused, out of resources.</summary>
    public static readonly DicomStatus OutOfResources = new(0xA700);

    /// <summary>Failure: error, data set does not match SOP class.</summary>
    public static readonly DicomStatus DataSetDoesNotMatchSopClass = new(0xA900);

    /// <summary>Failure: error, cannot understand.</summary>
    public static readonly DicomStatus CannotUnderstand = new(0xC000);

    /// <summary>Failure: refused, SOP class not supported.</summary>
    public static readonly DicomStatus SopClassNotSupported = new(0x0122);

    /// <summary>Failure: duplicate SOP instance.</summary>
    public static readonly DicomStatus DuplicateSopInstance = new(0x0111);

    /// <summary>Failure: processing failure.</summary>
    public static readonly DicomStatus ProcessingFailure = new(0x0110);

    /// <summary>Failure: mistyped argument.</summary>
    public static readonly DicomStatus MistypedArgument = new(0x0212);

    /// <summary>Failure: not authorized.</summary>
    public static readonly DicomStatus NotAuthorized = new(0x0124);

    public static readonly DicomStatus Cancel = new(0xFE00);

    public static readonly DicomStatus Pending = new(0xFF00);

    public DicomStatusState State => Code switch
    {
        0x0000 => DicomStatusState.Success,
        0x0001 or 0x0107 or 0x0116 or (>= 0xB000 and <= 0xBFFF) => DicomStatusState.Warning,
        0xFE00 => DicomStatusState.Cancel,
        0xFF00 or 0xFF01 => DicomStatusState.Pending,
        _ => DicomStatusState.Failure,
    };

    /// <summary>True for success and warnings: the operation was performed.</summary>
    public bool IsSuccessOrWarning => State is DicomStatusState.Success or DicomStatusState.Warning;

    public override string ToString() => Code.ToString("X4", CultureInfo.InvariantCulture) + " " + State.ToString();
}
