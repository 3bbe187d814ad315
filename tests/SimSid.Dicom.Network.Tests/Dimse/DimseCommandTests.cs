using System.Buffers.Binary;
using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Files;
using SimSid.Testing;

namespace SimSid.Dicom.Network.Tests.Dimse;

public sealed class DimseCommandTests
{
    [Fact]
    public void Encode_StoreRequest_GroupLengthCoversTheRestAndDecodes()
    {
        var command = new DimseCommand
        {
            CommandField = DimseCommandField.CStoreRequest,
            MessageId = 7,
            AffectedSopClassUid = "1.2.840.10008.5.1.4.1.1.1",
            AffectedSopInstanceUid = "1.2.3",
            HasDataSet = true,
        };

        var bytes = command.Encode();
        var decoded = DimseCommand.Decode(bytes);

        Assert.Equal((uint)(bytes.Length - 12), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8)));
        Assert.Equal(0, bytes.Length % 2);
        Assert.Equal(DimseCommandField.CStoreRequest, decoded.CommandField);
        Assert.Equal((ushort)7, decoded.MessageId);
        Assert.Equal("1.2.3", decoded.AffectedSopInstanceUid);
        Assert.True(decoded.HasDataSet);
    }

    [Fact]
    public void Encode_Response_StatusAndNoDataSet()
    {
        var decoded = DimseCommand.Decode(new DimseCommand { CommandField = DimseCommandField.CEchoResponse, MessageIdBeingRespondedTo = 3, HasDataSet = false, Status = DicomStatus.OutOfResources }.Encode());

        Assert.False(decoded.HasDataSet);
        Assert.Equal(DicomStatus.OutOfResources, decoded.Status);
        Assert.Equal(DicomStatusState.Failure, decoded.Status.State);
        Assert.Equal((ushort)3, decoded.MessageIdBeingRespondedTo);
    }

    [Fact]
    public void Decode_ElementLengthBeyondEnd_ThrowsWithOffset()
    {
        var bytes = new DimseCommand { CommandField = DimseCommandField.CEchoRequest }.Encode();
        bytes[4] = 0xFF;

        var ex = Assert.Throws<DicomDimseException>(() => DimseCommand.Decode(bytes));

        Assert.Contains("offset 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NoCommandField_Throws()
    {
        Assert.Throws<DicomDimseException>(() => DimseCommand.Decode([0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0]));
    }

    [Theory]
    [InlineData(0x0000, DicomStatusState.Success)]
    [InlineData(0xB000, DicomStatusState.Warning)]
    [InlineData(0xB007, DicomStatusState.Warning)]
    [InlineData(0xA700, DicomStatusState.Failure)]
    [InlineData(0xA900, DicomStatusState.Failure)]
    [InlineData(0xC000, DicomStatusState.Failure)]
    [InlineData(0x0122, DicomStatusState.Failure)]
    [InlineData(0xFF00, DicomStatusState.Pending)]
    public void State_KnownCodes_Categorised(int code, DicomStatusState expected)
    {
        Assert.Equal(expected, new DicomStatus((ushort)code).State);
    }

    [Fact]
    public void Part10Header_Written_IsReadByDcmdumpAndByUs()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("meta.dcm");
        using (var file = File.Create(path))
        {
            Part10Header.Write(file, "1.2.840.10008.5.1.4.1.1.7", "1.2.3.4", "1.2.840.10008.1.2.1", "ODDAE");
            file.Write([0x08, 0x00, 0x60, 0x00, (byte)'C', (byte)'S', 2, 0, (byte)'O', (byte)'T']);
        }

        var header = Part10Header.Read(path);
        var dump = ExternalTool.RunChecked("dcmdump", path).StandardOutput;

        Assert.Equal(("1.2.840.10008.5.1.4.1.1.7", "1.2.3.4", "1.2.840.10008.1.2.1"), (header.SopClassUid, header.SopInstanceUid, header.TransferSyntaxUid));
        Assert.Equal(new FileInfo(path).Length - 10, header.DataSetOffset);
        Assert.Contains("(0002,0016) AE [ODDAE]", dump, StringComparison.Ordinal);
        Assert.Contains("(0008,0060) CS [OT]", dump, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.2.840.10008.1.2", true)]
    [InlineData("../../etc/passwd", false)]
    [InlineData("1.2.03", false)]
    [InlineData("1..2", false)]
    [InlineData("", false)]
    public void UidPath_Validates(string uid, bool valid)
    {
        Assert.Equal(valid, UidPath.IsValid(uid));
    }
}
