using SimSid.Dicom;

namespace SimSid.Dicom.Tests.Core;

/// <summary>Structural equality of datasets: same tags, same value bytes (modulo the even-length pad), same items.</summary>
internal static class DatasetAssert
{
    public static void Equal(DicomDataset expected, DicomDataset actual, bool compareVR = true)
    {
        var e = expected.Where(i => i.Tag.Group != 0x0002 && i.Tag.Element != 0x0000).ToList();
        var a = actual.Where(i => i.Tag.Group != 0x0002 && i.Tag.Element != 0x0000).ToList();
        Assert.Equal(e.Select(i => i.Tag), a.Select(i => i.Tag));
        for (var i = 0; i < e.Count; i++)
        {
            ItemEqual(e[i], a[i], compareVR);
        }
    }

    private static void ItemEqual(DicomItem expected, DicomItem actual, bool compareVR)
    {
        if (compareVR)
        {
            Assert.Equal(expected.VR, actual.VR);
        }

        switch (expected)
        {
            case DicomElement ee:
                var ae = Assert.IsType<DicomElement>(actual);
                Assert.Equal(Padded(ee), Padded(ae));
                break;
            case DicomSequence es:
                var sa = Assert.IsType<DicomSequence>(actual);
                Assert.Equal(es.Items.Count, sa.Items.Count);
                for (var i = 0; i < es.Items.Count; i++)
                {
                    Equal(es.Items[i], sa.Items[i], compareVR);
                }

                break;
            case DicomFragmentSequence ef:
                var fa = Assert.IsType<DicomFragmentSequence>(actual);
                Assert.Equal(ef.OffsetTable.ToArray(), fa.OffsetTable.ToArray());
                Assert.Equal(ef.Fragments.Count, fa.Fragments.Count);
                for (var i = 0; i < ef.Fragments.Count; i++)
                {
                    Assert.Equal(PadBytes(ef.Fragments[i].ToArray(), 0), fa.Fragments[i].ToArray());
                }

                break;
            default:
                Assert.Fail($"Unexpected item type {expected.GetType().Name}");
                break;
        }
    }

    private static byte[] Padded(DicomElement element) => PadBytes(element.Buffer.ToArray(), element.VR.PaddingByte);

    private static byte[] PadBytes(byte[] bytes, byte pad) => (bytes.Length & 1) == 0 ? bytes : [.. bytes, pad];
}
