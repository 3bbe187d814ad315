namespace SimSid.Dicom.Network;

/// <summary>Event ids of this assembly: 1000s upper layer, 2000s SCP, 3000s SCU.</summary>
internal static class NetworkEventId
{
    public const int AssociationAborted = 1001;
    public const int ProtocolError = 1002;
    public const int ArtimExpired = 1003;
    public const int IdleTimeout = 1004;

    public const int ListenerStarted = 2001;
    public const int ListenerStopped = 2002;
    public const int AssociationAccepted = 2003;
    public const int AssociationRejected = 2004;
    public const int AssociationReleased = 2005;
    public const int InstanceStored = 2006;
    public const int StoreFailed = 2007;
    public const int HandlerFailed = 2008;
    public const int AssociationFailed = 2009;

    public const int ScuAssociated = 3001;
    public const int ScuStoreCompleted = 3002;
}
