namespace SimSid.Gateway.Delivery;

/// <summary>Exponential backoff: the wait after the n-th failed attempt is initial × 2^(n-1), capped.</summary>
public static class DeliveryBackoff
{
    public static TimeSpan After(int failedAttempts, TimeSpan initial, TimeSpan max)
    {
        if (failedAttempts < 1)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(failedAttempts - 1, 40);
        var ticks = initial.Ticks * Math.Pow(2, exponent);
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }
}
