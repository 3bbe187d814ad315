namespace SimSid.Dicom.Network.Scp;

/// <summary>A handler factory from a delegate.</summary>
public sealed class DicomScpHandlerFactory(Func<DicomAssociationInfo, DicomScpHandlers> create) : IDicomScpHandlerFactory
{
    /// <summary>Every association gets the success echo handler and <paramref name="store"/>.</summary>
    public static DicomScpHandlerFactory ForStore(ICStoreHandler store) => new(_ => new DicomScpHandlers(SuccessEchoHandler.Instance, store));

    public DicomScpHandlers Create(DicomAssociationInfo association) => create(association);
}
