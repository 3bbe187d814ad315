namespace SimSid.Synthetic;

/// <summary>How <see cref="SyntheticFolderWriter"/> stores each phantom.</summary>
public enum SyntheticImageFormat
{
    /// <summary>A Part 10 CR instance (<c>.dcm</c>), one study per patient.</summary>
    Dicom = 0,

    /// <summary>An 8-bit greyscale PNG (<c>.png</c>), the image as generated.</summary>
    Png,
}
