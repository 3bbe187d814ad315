using Microsoft.Extensions.Options;

namespace SimSid.Gateway;

/// <summary>Checks the settle timings, naming the key.</summary>
internal sealed class GatewayOptionsValidator : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        var failures = new List<string>();
        if (options.SettleTime <= TimeSpan.Zero)
        {
            failures.Add($"Gateway:SettleTime must be positive (was {options.SettleTime}).");
        }

        if (options.MaxSettleTime < options.SettleTime)
        {
            failures.Add($"Gateway:MaxSettleTime ({options.MaxSettleTime}) must not be shorter than Gateway:SettleTime ({options.SettleTime}).");
        }

        if (options.SettlePollInterval <= TimeSpan.Zero)
        {
            failures.Add("Gateway:SettlePollInterval must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
