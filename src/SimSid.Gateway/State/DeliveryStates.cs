namespace SimSid.Gateway.State;

/// <summary>Delivery states (text in the database).</summary>
public static class DeliveryStates
{
    public const string Pending = "Pending";
    public const string Delivered = "Delivered";
    public const string Failed = "Failed";
}
