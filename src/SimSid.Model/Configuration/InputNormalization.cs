namespace SimSid.Model.Configuration;

/// <summary>What happens to an image's intensities before the networks see it.</summary>
public enum InputNormalization
{
    /// <summary>Pixels as stored, [0, 1] mapped onto [−1, 1] (the paper and the reference).</summary>
    None,

    /// <summary>
    /// Each image is shifted and scaled to a fixed mean and standard deviation (then clamped), so global brightness and
    /// contrast carry no information: on ZhangLab the early discriminator keys on exactly those.
    /// </summary>
    PerImage,
}
