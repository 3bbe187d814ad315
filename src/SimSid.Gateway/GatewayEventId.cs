namespace SimSid.Gateway;

/// <summary>Event ids of the gateway: 2100s receiving, 2200s settling, 3100s reporting, 3200s delivery.</summary>
internal static class GatewayEventId
{
    public const int InstanceArchived = 2100;
    public const int InstanceRejected = 2101;
    public const int OwnObjectIgnored = 2102;
    public const int ScpStarted = 2110;
    public const int StudyReady = 2200;
    public const int SettleFailed = 2201;
    public const int ReportBuilt = 3100;
    public const int NothingScored = 3101;
    public const int ReportFailed = 3102;
    public const int DuplicateScoredIgnored = 3103;
    public const int Delivered = 3200;
    public const int DeliveryFailed = 3201;
    public const int DeliveryGaveUp = 3202;
    public const int CircuitOpened = 3203;
    public const int StudyTriaged = 3210;
}
