using System.Net;

namespace SimSid.Dicom.Network.Scp;

/// <summary>What a handler knows about the association it serves.</summary>
public sealed record DicomAssociationInfo(long AssociationId, string CallingAe, string CalledAe, EndPoint? RemoteEndPoint);
