namespace SimSid.Dicom.Network.Scp;

/// <summary>The handlers serving one association; disposed (when disposable) when it ends.</summary>
public sealed record DicomScpHandlers(ICEchoHandler Echo, ICStoreHandler? Store);
