using System.Buffers.Binary;
using System.Text;

namespace SimSid.Dicom.Network.Pdu;

/// <summary>Parses the fixed fields and variable items of A-ASSOCIATE-RQ/AC with bounds checks on every length.</summary>
internal static class AssociateItemDecoder
{
    private const int FixedFieldsLength = 68;

    public static AssociateRequestPdu ReadRequest(ReadOnlySpan<byte> body)
    {
        var rq = new AssociateRequestPdu();
        ReadFixedFields(body, out var version, out var called, out var calling);
        rq.ProtocolVersion = version;
        rq.CalledAe = called;
        rq.CallingAe = calling;
        rq.ApplicationContext = string.Empty;
        foreach (var item in Items(body, FixedFieldsLength))
        {
            var (type, offset) = (item.Type, item.Offset);
            var value = body.Slice(item.Start, item.Length);
            switch (type)
            {
                case ItemType.ApplicationContext:
                    rq.ApplicationContext = Ascii(value);
                    break;
                case ItemType.PresentationContextRequest:
                    rq.PresentationContexts.Add(ReadProposedContext(value, offset));
                    break;
                case ItemType.UserInformation:
                    rq.UserInformation = ReadUserInformation(value, offset);
                    break;
                default:
                    break; // Unknown items are ignored (PS3.8 §9.3.1 allows later extensions).
            }
        }

        return rq;
    }

    public static AssociateAcceptPdu ReadAccept(ReadOnlySpan<byte> body)
    {
        var ac = new AssociateAcceptPdu();
        ReadFixedFields(body, out var version, out var called, out var calling);
        ac.ProtocolVersion = version;
        ac.CalledAe = called;
        ac.CallingAe = calling;
        foreach (var item in Items(body, FixedFieldsLength))
        {
            var (type, offset) = (item.Type, item.Offset);
            var value = body.Slice(item.Start, item.Length);
            switch (type)
            {
                case ItemType.ApplicationContext:
                    ac.ApplicationContext = Ascii(value);
                    break;
                case ItemType.PresentationContextAccept:
                    if (value.Length < 4)
                    {
                        throw Invalid(offset, "presentation context item shorter than 4 bytes");
                    }

                    var ts = string.Empty;
                    foreach (var subItem in Items(value, 4, offset))
                    {
                        var subType = subItem.Type;
                        var subValue = value.Slice(subItem.Start, subItem.Length);
                        if (subType == ItemType.TransferSyntax)
                        {
                            ts = Ascii(subValue);
                        }
                    }

                    ac.PresentationContexts.Add(new PresentationContextResult(value[0], (PresentationContextResultReason)value[2], ts));
                    break;
                case ItemType.UserInformation:
                    ac.UserInformation = ReadUserInformation(value, offset);
                    break;
                default:
                    break;
            }
        }

        return ac;
    }

    private static void ReadFixedFields(ReadOnlySpan<byte> body, out ushort version, out string called, out string calling)
    {
        if (body.Length < FixedFieldsLength)
        {
            throw new DicomPduException(AbortReason.InvalidPduParameterValue, $"A-ASSOCIATE PDU body of {body.Length} bytes is shorter than its {FixedFieldsLength} fixed bytes.");
        }

        version = BinaryPrimitives.ReadUInt16BigEndian(body);
        called = Ascii(body.Slice(4, 16));
        calling = Ascii(body.Slice(20, 16));
    }

    private static PresentationContext ReadProposedContext(ReadOnlySpan<byte> value, int offset)
    {
        if (value.Length < 4)
        {
            throw Invalid(offset, "presentation context item shorter than 4 bytes");
        }

        var abstractSyntax = string.Empty;
        var transferSyntaxes = new List<string>();
        foreach (var subItem in Items(value, 4, offset))
        {
            var subType = subItem.Type;
            var subValue = value.Slice(subItem.Start, subItem.Length);
            if (subType == ItemType.AbstractSyntax)
            {
                abstractSyntax = Ascii(subValue);
            }
            else if (subType == ItemType.TransferSyntax)
            {
                transferSyntaxes.Add(Ascii(subValue));
            }
        }

        return new PresentationContext(value[0], abstractSyntax, transferSyntaxes);
    }

    private static UserInformation ReadUserInformation(ReadOnlySpan<byte> value, int offset)
    {
        var info = new UserInformation();
        foreach (var item in Items(value, 0, offset))
        {
            var (type, subOffset) = (item.Type, item.Offset);
            var sub = value.Slice(item.Start, item.Length);
            switch (type)
            {
                case ItemType.MaximumLength:
                    info.MaxPduLength = sub.Length == 4 ? BinaryPrimitives.ReadUInt32BigEndian(sub) : throw Invalid(subOffset, "maximum length sub-item is not 4 bytes");
                    break;
                case ItemType.ImplementationClassUid:
                    info.ImplementationClassUid = Ascii(sub);
                    break;
                case ItemType.ImplementationVersionName:
                    info.ImplementationVersionName = Ascii(sub);
                    break;
                case ItemType.AsyncOperationsWindow:
                    info.AsyncOperationsWindow = sub.Length == 4
                        ? (BinaryPrimitives.ReadUInt16BigEndian(sub), BinaryPrimitives.ReadUInt16BigEndian(sub[2..]))
                        : throw Invalid(subOffset, "asynchronous operations window sub-item is not 4 bytes");
                    break;
                case ItemType.RoleSelection:
                    var uid = LengthPrefixedUid(sub, subOffset, out var rest);
                    if (rest.Length != 2)
                    {
                        throw Invalid(subOffset, "role selection sub-item has no SCU/SCP role bytes");
                    }

                    info.RoleSelections.Add(new RoleSelection(uid, rest[0] != 0, rest[1] != 0));
                    break;
                case ItemType.ExtendedNegotiation:
                    var extUid = LengthPrefixedUid(sub, subOffset, out var appInfo);
                    info.ExtendedNegotiations.Add(new ExtendedNegotiation(extUid, appInfo.ToArray()));
                    break;
                default:
                    break; // User identity, common extended negotiation and unknown sub-items are ignored.
            }
        }

        return info;
    }

    private static string LengthPrefixedUid(ReadOnlySpan<byte> sub, int offset, out ReadOnlySpan<byte> rest)
    {
        if (sub.Length < 2)
        {
            throw Invalid(offset, "sub-item too short for its UID length");
        }

        var uidLength = BinaryPrimitives.ReadUInt16BigEndian(sub);
        if (uidLength > sub.Length - 2)
        {
            throw Invalid(offset, $"UID length {uidLength} exceeds its sub-item");
        }

        rest = sub[(2 + uidLength)..];
        return Ascii(sub.Slice(2, uidLength));
    }

    /// <summary>Splits a span into (type, reserved, 16-bit length, value) items, checking every length.</summary>
    private static List<ItemRef> Items(ReadOnlySpan<byte> span, int start, int baseOffset = 0)
    {
        var result = new List<ItemRef>();
        var offset = start;
        while (offset < span.Length)
        {
            if (span.Length - offset < 4)
            {
                throw Invalid(baseOffset + offset, "truncated item header");
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(span[(offset + 2)..]);
            if (length > span.Length - offset - 4)
            {
                throw Invalid(baseOffset + offset, $"item length {length} exceeds the enclosing field");
            }

            result.Add(new ItemRef(span[offset], baseOffset + offset, offset + 4, length));
            offset += 4 + length;
        }

        return result;
    }

    private readonly record struct ItemRef(byte Type, int Offset, int Start, int Length);

    private static string Ascii(ReadOnlySpan<byte> value) => Encoding.Latin1.GetString(value).Trim(' ', '\0');

    private static DicomPduException Invalid(int offset, string what) =>
        new(AbortReason.InvalidPduParameterValue, $"Invalid A-ASSOCIATE item at offset {offset}: {what}.");
}
