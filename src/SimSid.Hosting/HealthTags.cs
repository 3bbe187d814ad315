namespace SimSid.Hosting;

/// <summary>Health check tags: "live" checks answer /health/live, "ready" checks /health/ready.</summary>
public static class HealthTags
{
    public const string Live = "live";

    public const string Ready = "ready";
}
