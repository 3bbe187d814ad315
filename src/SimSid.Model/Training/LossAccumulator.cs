namespace SimSid.Model.Training;

/// <summary>Running means of the losses over an epoch (generator terms over generator iterations only).</summary>
internal sealed class LossAccumulator
{
    private double discriminator;
    private double generator;
    private double reconstruction;
    private double teacher;
    private double distillation;
    private double adversarial;
    private int iterations;
    private int generatorIterations;

    public void Add(StepLosses losses)
    {
        iterations++;
        discriminator += losses.Discriminator;
        if (losses.GeneratorStepped)
        {
            generatorIterations++;
            generator += losses.Generator;
            reconstruction += losses.Reconstruction;
            teacher += losses.Teacher;
            distillation += losses.Distillation;
            adversarial += losses.Adversarial;
        }
    }

    public StepLosses Mean
    {
        get
        {
            var n = Math.Max(iterations, 1);
            var g = Math.Max(generatorIterations, 1);
            return new StepLosses(discriminator / n, generator / g, reconstruction / g, teacher / g, distillation / g, adversarial / g, generatorIterations > 0);
        }
    }

    public EpochMetrics ToMetrics(int epoch, double learningRate, double? validationAuc, double seconds)
    {
        var mean = Mean;
        return new EpochMetrics(epoch, iterations, learningRate, mean.Discriminator, mean.Generator, mean.Reconstruction, mean.Teacher, mean.Distillation, mean.Adversarial, validationAuc, seconds, iterations / Math.Max(seconds, 1e-9));
    }
}
