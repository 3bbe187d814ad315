using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SimSid.Hosting;

/// <summary>Unhealthy when the file system holding <paramref name="path"/> has less than <paramref name="minimumFreeBytes"/> free.</summary>
public sealed class DiskSpaceHealthCheck(string path, long minimumFreeBytes) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(full);
            var drive = new DriveInfo(full);
            var free = drive.AvailableFreeSpace;
            var data = new Dictionary<string, object> { ["path"] = full, ["freeBytes"] = free, ["minimumFreeBytes"] = minimumFreeBytes };
            return Task.FromResult(free >= minimumFreeBytes
                ? HealthCheckResult.Healthy($"{free / (1024 * 1024)} MiB free", data)
                : HealthCheckResult.Unhealthy($"Only {free / (1024 * 1024)} MiB free at {full}; at least {minimumFreeBytes / (1024 * 1024)} MiB are required.", data: data));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"Cannot check the free space at {path}: {ex.Message}", ex));
        }
    }
}
