namespace SimSid.Hosting;

/// <summary>Health check tags: "live" checks answer /health/live, "ready" checks /health/ready, "pacs" checks /health/pacs.</summary>
public static class HealthTags
{
    public const string Live = "live";

    public const string Ready = "ready";

    public const string Pacs = "pacs";
}
