using System.CommandLine;

namespace SimSid.Commands;

/// <summary>The role verbs share one shape: extra tokens are configuration (<c>--Section:Key=value</c>).</summary>
internal static class RoleCommandFactory
{
    public static Command Create(string name, string description, bool gateway, bool inference, bool inMemoryOnly)
    {
        var command = new Command(name, description + " Configuration: appsettings.json, Section__Key environment variables, or --Section:Key=value arguments (docs/configuration.md).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parseResult, cancellationToken) =>
            RoleHost.RunAsync(name, gateway, inference, inMemoryOnly, [.. parseResult.UnmatchedTokens], cancellationToken));
        return command;
    }
}
