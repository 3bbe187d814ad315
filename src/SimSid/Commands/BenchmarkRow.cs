namespace SimSid.Commands;

/// <summary>One line of the <c>simsid bench dicom</c> table; times in milliseconds (best of the runs).</summary>
internal sealed record BenchmarkRow(string Task, long FileBytes, double OursMs, long OursAllocatedBytes, double? ToolRawMs, double? ToolNetMs)
{
    public double OursMegabytesPerSecond => FileBytes / 1e6 / (OursMs / 1000);

    public double? ToolNetMegabytesPerSecond => ToolNetMs is > 0 ? FileBytes / 1e6 / (ToolNetMs.Value / 1000) : null;
}
