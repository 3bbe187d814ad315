using Xunit;

namespace SimSid.Testing;

/// <summary>A fact that needs ../shared/data; skipped with a message when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Directory is null)
        {
            Skip = "../shared/data is absent (fresh clone): this test reads real radiographs in place.";
        }
    }
}
