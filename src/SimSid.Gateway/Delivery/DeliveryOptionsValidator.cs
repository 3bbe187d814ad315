using Microsoft.Extensions.Options;

namespace SimSid.Gateway.Delivery;

/// <summary>Checks destinations (names unique, host, port, AE titles of 1-16 characters) and timings, naming the key.</summary>
internal sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Destinations.Count; i++)
        {
            var d = options.Destinations[i];
            var key = $"Delivery:Destinations:{i}";
            if (string.IsNullOrWhiteSpace(d.Name))
            {
                failures.Add($"{key}:Name is required.");
            }

            if (string.IsNullOrWhiteSpace(d.Host))
            {
                failures.Add($"{key}:Host is required.");
            }

            if (d.Port is < 1 or > 65535)
            {
                failures.Add($"{key}:Port {d.Port} is not a TCP port (1-65535).");
            }

            if (!AeTitles.IsValid(d.CalledAe))
            {
                failures.Add($"{key}:CalledAe '{d.CalledAe}' is not a valid AE title (1-16 characters, no backslash or control characters).");
            }

            if (d.CallingAe is { Length: > 0 } calling && !AeTitles.IsValid(calling))
            {
                failures.Add($"{key}:CallingAe '{calling}' is not a valid AE title.");
            }
        }

        foreach (var duplicate in options.Destinations.GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            failures.Add($"Delivery:Destinations: the name '{duplicate.Key}' is used twice.");
        }

        if (options.InitialBackoff <= TimeSpan.Zero || options.MaxBackoff < options.InitialBackoff)
        {
            failures.Add("Delivery:InitialBackoff must be positive and not above Delivery:MaxBackoff.");
        }

        if (options.CircuitBreakerFailures < 1)
        {
            failures.Add("Delivery:CircuitBreakerFailures must be at least 1.");
        }

        if (options.PollInterval <= TimeSpan.Zero)
        {
            failures.Add("Delivery:PollInterval must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
