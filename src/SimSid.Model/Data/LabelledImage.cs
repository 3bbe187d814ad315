namespace SimSid.Model.Data;

/// <summary>An image file and whether its class folder marks it abnormal.</summary>
public sealed record LabelledImage(string Path, bool IsAbnormal);
