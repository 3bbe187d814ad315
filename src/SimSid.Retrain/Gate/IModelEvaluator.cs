namespace SimSid.Retrain.Gate;

/// <summary>Measures a model directory on a labelled validation folder and on recent unlabelled, presumed normal images.</summary>
public interface IModelEvaluator
{
    ModelEvaluation Evaluate(string modelDirectory, string validationDirectory, IReadOnlyList<string> recentNormals);
}
