namespace SimSid.Model.Training;

/// <summary>Losses of one iteration; generator terms are zero on discriminator-only iterations.</summary>
internal readonly record struct StepLosses(
    double Discriminator,
    double Generator,
    double Reconstruction,
    double Teacher,
    double Distillation,
    double Adversarial,
    bool GeneratorStepped);
