namespace SimSid.Model.Storage;

/// <summary>The storage precisions a model directory's weights file may use.</summary>
public static class ModelPrecision
{
    public const string Full = "float32";

    public const string Half = "float16";
}
