namespace SimSid.Dicom.Network.Dimse;

/// <summary>Command group element tags as 32-bit group/element values (PS3.7 §E.1).</summary>
internal static class CommandTags
{
    public const uint CommandGroupLength = 0x0000_0000;
    public const uint AffectedSopClassUid = 0x0000_0002;
    public const uint CommandField = 0x0000_0100;
    public const uint MessageId = 0x0000_0110;
    public const uint MessageIdBeingRespondedTo = 0x0000_0120;
    public const uint MoveOriginatorAeTitle = 0x0000_1030;
    public const uint MoveOriginatorMessageId = 0x0000_1031;
    public const uint Priority = 0x0000_0700;
    public const uint CommandDataSetType = 0x0000_0800;
    public const uint Status = 0x0000_0900;
    public const uint ErrorComment = 0x0000_0902;
    public const uint AffectedSopInstanceUid = 0x0000_1000;

    /// <summary>CommandDataSetType value meaning "no data set follows".</summary>
    public const ushort NoDataSet = 0x0101;
}
