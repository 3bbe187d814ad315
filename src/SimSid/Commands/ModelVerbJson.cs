using System.Text.Json;
using System.Text.Json.Serialization;

namespace SimSid.Commands;

/// <summary>JSON settings for machine-readable verb output: one compact camelCase object per line.</summary>
internal static class ModelVerbJson
{
    public static JsonSerializerOptions Compact { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };
}
