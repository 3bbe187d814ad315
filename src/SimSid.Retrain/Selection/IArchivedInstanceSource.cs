namespace SimSid.Retrain.Selection;

/// <summary>Supplies archived instances received in a window (the pipeline's state database; a folder for now).</summary>
public interface IArchivedInstanceSource
{
    IEnumerable<ArchivedInstance> Received(DateTimeOffset fromUtc, DateTimeOffset toUtc);
}
