using SimSid.Imaging;

namespace SimSid.Synthetic;

/// <summary>
/// One generated frontal (PA) chest phantom: the image as displayed (values in [0,1], bright = dense), the case
/// it belongs to and, for abnormal cases, where the finding is: <see cref="AnomalyRegion"/> bounds the pixels where
/// it is more than half present, <see cref="AnomalyMask"/> gives its presence in [0,1] per pixel.
/// </summary>
public sealed record SyntheticRadiograph(PhantomCase Case, GrayImage Image, PixelRegion? AnomalyRegion, GrayImage? AnomalyMask = null);
