using SimSid.Dicom.Network.Files;
using SimSid.Dicom.Network.Pdu;

namespace SimSid.Dicom.Network.Scu;

/// <summary>Builds presentation context proposals (at most 128 contexts, odd ids).</summary>
public static class ScuProposal
{
    private static readonly string[] Uncompressed = [DicomNetworkUids.ExplicitVRLittleEndian, DicomNetworkUids.ImplicitVRLittleEndian];

    /// <summary>Verification only.</summary>
    public static IReadOnlyList<PresentationContext> Verification() =>
        [new PresentationContext(1, DicomNetworkUids.Verification, Uncompressed)];

    /// <summary>
    /// For each SOP class: one context with Explicit+Implicit VR Little Endian (the fallback the SCU converts to), plus
    /// one context per other transfer syntax the files are encoded in, so each can travel unchanged; then Verification.
    /// </summary>
    public static IReadOnlyList<PresentationContext> ForInstances(IEnumerable<(string SopClassUid, string TransferSyntaxUid)> instances)
    {
        ArgumentNullException.ThrowIfNull(instances);
        var contexts = new List<PresentationContext>();
        var seen = new HashSet<(string, string)>();
        byte id = 1;
        foreach (var (sopClass, ts) in instances)
        {
            if (seen.Add((sopClass, "*")))
            {
                Add(sopClass, Uncompressed);
            }

            if (ts != DicomNetworkUids.ExplicitVRLittleEndian && seen.Add((sopClass, ts)))
            {
                Add(sopClass, [ts]);
            }
        }

        if (id < 255)
        {
            contexts.Add(new PresentationContext(id, DicomNetworkUids.Verification, Uncompressed));
        }

        return contexts;

        void Add(string sopClass, string[] transferSyntaxes)
        {
            if (id >= 255)
            {
                throw new ArgumentException("More than 127 presentation contexts would be needed; split the instances over several associations.", nameof(instances));
            }

            contexts.Add(new PresentationContext(id, sopClass, transferSyntaxes));
            id += 2;
        }
    }

    /// <summary>Reads each file's meta header and proposes for all of them.</summary>
    public static IReadOnlyList<PresentationContext> ForFiles(IEnumerable<string> paths) =>
        ForInstances(paths.Select(Part10Header.Read).Select(h => (h.SopClassUid, h.TransferSyntaxUid)));
}
