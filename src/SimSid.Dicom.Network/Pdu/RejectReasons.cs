namespace SimSid.Dicom.Network.Pdu;

/// <summary>
/// A-ASSOCIATE-RJ reason/diagnostic values (PS3.8 §9.3.4). Their meaning depends on the source, so the
/// PDU keeps the raw byte and these constants name the values per source.
/// </summary>
public static class RejectReasons
{
    /// <summary>Source 1 (service user): no reason given.</summary>
    public const byte NoReasonGiven = 1;

    /// <summary>Source 1: application context name not supported.</summary>
    public const byte ApplicationContextNameNotSupported = 2;

    /// <summary>Source 1: calling AE title not recognized.</summary>
    public const byte CallingAeTitleNotRecognized = 3;

    /// <summary>Source 1: called AE title not recognized.</summary>
    public const byte CalledAeTitleNotRecognized = 7;

    /// <summary>Source 2 (ACSE): protocol version not supported.</summary>
    public const byte ProtocolVersionNotSupported = 2;

    /// <summary>Source 3 (presentation): temporary congestion.</summary>
    public const byte TemporaryCongestion = 1;

    /// <summary>Source 3 (presentation): local limit exceeded.</summary>
    public const byte LocalLimitExceeded = 2;
}
