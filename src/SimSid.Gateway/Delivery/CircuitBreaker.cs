namespace SimSid.Gateway.Delivery;

/// <summary>
/// Per-destination circuit breaker: after <c>threshold</c> consecutive failures the circuit opens for
/// <c>openTime</c>; then one trial attempt is let through (half open): success closes it, failure reopens it.
/// </summary>
public sealed class CircuitBreaker(int threshold, TimeSpan openTime)
{
    private readonly Dictionary<string, (int Failures, DateTimeOffset OpenUntil)> _state = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    public bool IsOpen(string destination, DateTimeOffset now)
    {
        lock (_gate)
        {
            return _state.TryGetValue(destination, out var s) && s.OpenUntil > now;
        }
    }

    /// <summary>Records a success: the circuit closes.</summary>
    public void Success(string destination)
    {
        lock (_gate)
        {
            _state.Remove(destination);
        }
    }

    /// <summary>Records a failure; returns the time the circuit is open until when this failure opened it.</summary>
    public DateTimeOffset? Failure(string destination, DateTimeOffset now)
    {
        lock (_gate)
        {
            var failures = (_state.TryGetValue(destination, out var s) ? s.Failures : 0) + 1;
            if (failures >= threshold)
            {
                var until = now + openTime;
                _state[destination] = (failures, until);
                return until;
            }

            _state[destination] = (failures, DateTimeOffset.MinValue);
            return null;
        }
    }
}
