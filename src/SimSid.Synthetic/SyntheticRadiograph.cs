using SimSid.Imaging;

namespace SimSid.Synthetic;

/// <summary>
/// One generated frontal (PA) chest phantom: the image as displayed (values in [0,1], bright = dense), the case
/// it belongs to and, for abnormal cases, the pixels where the finding changed the image.
/// </summary>
public sealed record SyntheticRadiograph(PhantomCase Case, GrayImage Image, PixelRegion? AnomalyRegion);
