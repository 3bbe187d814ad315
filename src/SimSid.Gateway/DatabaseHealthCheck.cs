using Microsoft.Extensions.Diagnostics.HealthChecks;
using SimSid.Gateway.State;

namespace SimSid.Gateway;

/// <summary>Ready when the state database answers and is at the expected schema version.</summary>
internal sealed class DatabaseHealthCheck(StateDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = database.SchemaVersion();
            return Task.FromResult(version == Migrations.Latest
                ? HealthCheckResult.Healthy($"schema {version}")
                : HealthCheckResult.Unhealthy($"schema {version}, expected {Migrations.Latest}"));
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The state database does not answer: " + ex.Message, ex));
        }
    }
}
