namespace SimSid.Dicom.Network.Pdu;

/// <summary>The user information item (PS3.8 §9.3.2.3, PS3.7 Annex D.3.3) of an A-ASSOCIATE-RQ/AC.</summary>
public sealed class UserInformation
{
    /// <summary>Maximum length of the variable field of P-DATA-TF PDUs this side can receive; 0 = unlimited.</summary>
    public uint MaxPduLength { get; set; }

    public string? ImplementationClassUid { get; set; }

    public string? ImplementationVersionName { get; set; }

    /// <summary>Asynchronous operations window (invoked, performed), or null when absent.</summary>
    public (ushort Invoked, ushort Performed)? AsyncOperationsWindow { get; set; }

    public IList<RoleSelection> RoleSelections { get; } = [];

    public IList<ExtendedNegotiation> ExtendedNegotiations { get; } = [];
}
