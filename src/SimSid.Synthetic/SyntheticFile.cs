namespace SimSid.Synthetic;

/// <summary>One file written by <see cref="SyntheticFolderWriter"/> and the case it holds.</summary>
public sealed record SyntheticFile(string Path, PhantomCase Case, PixelRegion? AnomalyRegion);
