using System.Globalization;
using System.Numerics;

namespace SimSid.Model.Storage;

/// <summary>DICOM UIDs derived from a UUID (PS3.5 §B.2): <c>2.25.</c> followed by the UUID as an unsigned decimal.</summary>
public static class DeviceUid
{
    public static string New() => FromUuid(Guid.NewGuid());

    public static string FromUuid(Guid uuid) =>
        "2.25." + new BigInteger(uuid.ToByteArray(bigEndian: true), isUnsigned: true, isBigEndian: true).ToString(CultureInfo.InvariantCulture);
}
