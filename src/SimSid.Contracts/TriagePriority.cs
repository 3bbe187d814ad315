namespace SimSid.Contracts;

/// <summary>Reading priority suggested for a triaged study.</summary>
public enum TriagePriority
{
    /// <summary>Below the threshold: read in the normal order.</summary>
    Routine = 0,

    /// <summary>At or above the threshold: read with priority.</summary>
    Priority = 1,
}
