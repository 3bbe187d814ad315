using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SimSid.Dicom;

/// <summary>A set of DICOM items kept in ascending tag order.</summary>
public sealed class DicomDataset : IEnumerable<DicomItem>
{
    private static readonly DicomTag SpecificCharacterSetTag = new(0x0008, 0x0005);

    private readonly List<DicomItem> _items;
    private DicomCharacterSet? _characterSet;

    public DicomDataset()
    {
        _items = [];
    }

    public DicomDataset(IEnumerable<DicomItem> items)
        : this()
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            AddOrUpdate(item);
        }
    }

    internal DicomDataset(int capacity, DicomCharacterSet inherited)
    {
        _items = new List<DicomItem>(capacity);
        InheritedCharacterSet = inherited;
    }

    public int Count => _items.Count;

    /// <summary>The character set from Specific Character Set (0008,0005), or the enclosing dataset's for sequence items.</summary>
    public DicomCharacterSet CharacterSet => _characterSet ??= TryGetItem(SpecificCharacterSetTag, out var item) && item is DicomElement e
        ? DicomCharacterSet.FromSpecificCharacterSet(System.Text.Encoding.ASCII.GetString(e.Buffer.Span))
        : InheritedCharacterSet;

    internal DicomCharacterSet InheritedCharacterSet { get; set; } = DicomCharacterSet.Default;

    public DicomItem? this[DicomTag tag] => TryGetItem(tag, out var item) ? item : null;

    public bool TryGetItem(DicomTag tag, [NotNullWhen(true)] out DicomItem? item)
    {
        var index = IndexOf(tag);
        item = index >= 0 ? _items[index] : null;
        return item is not null;
    }

    public bool Contains(DicomTag tag) => IndexOf(tag) >= 0;

    /// <summary>Adds an item; throws <see cref="DicomDataException"/> when the tag is already present.</summary>
    public DicomDataset Add(DicomItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var index = IndexOf(item.Tag);
        if (index >= 0)
        {
            throw new DicomDataException(item.Tag, "The dataset already holds this attribute");
        }

        _items.Insert(~index, item);
        Touched(item.Tag);
        return this;
    }

    public DicomDataset AddOrUpdate(DicomItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var index = IndexOf(item.Tag);
        if (index >= 0)
        {
            _items[index] = item;
        }
        else
        {
            _items.Insert(~index, item);
        }

        Touched(item.Tag);
        return this;
    }

    /// <summary>Sets a string-valued (or numeric, for binary VRs) element; several values are joined with '\'.</summary>
    public DicomDataset AddOrUpdate(DicomTag tag, DicomVR vr, params string[] values) =>
        AddOrUpdate(DicomElement.FromStrings(tag, vr, tag == SpecificCharacterSetTag ? null : CharacterSet, values));

    /// <summary>Sets an element whose VR comes from the data dictionary.</summary>
    public DicomDataset AddOrUpdate(DicomTag tag, string value) => AddOrUpdate(tag, DictionaryVR(tag), value);

    public DicomDataset AddOrUpdate(DicomTag tag, ushort value) =>
        AddOrUpdate(tag, DictionaryVR(tag), value.ToString(CultureInfo.InvariantCulture));

    public DicomDataset AddOrUpdate(DicomTag tag, uint value) =>
        AddOrUpdate(tag, DictionaryVR(tag), value.ToString(CultureInfo.InvariantCulture));

    public DicomDataset AddOrUpdate(DicomTag tag, int value) =>
        AddOrUpdate(tag, DictionaryVR(tag), value.ToString(CultureInfo.InvariantCulture));

    public DicomDataset AddOrUpdate(DicomTag tag, double value) =>
        AddOrUpdate(tag, DictionaryVR(tag), value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Sets an element from raw little-endian value bytes.</summary>
    public DicomDataset AddOrUpdate(DicomTag tag, DicomVR vr, byte[] littleEndianBytes) =>
        AddOrUpdate(DicomElement.FromBytes(tag, vr, littleEndianBytes));

    public bool Remove(DicomTag tag)
    {
        var index = IndexOf(tag);
        if (index < 0)
        {
            return false;
        }

        _items.RemoveAt(index);
        Touched(tag);
        return true;
    }

    /// <summary>The value as a string; throws <see cref="DicomDataException"/> naming the tag when it is missing.</summary>
    public string GetString(DicomTag tag) => GetElement(tag).GetString();

    public string? GetStringOrDefault(DicomTag tag) =>
        TryGetItem(tag, out var item) && item is DicomElement e ? e.GetString() : null;

    /// <summary>All values of a multi-valued element (empty when missing).</summary>
    public string[] GetStrings(DicomTag tag) =>
        TryGetItem(tag, out var item) && item is DicomElement e ? e.GetStrings() : [];

    public T GetValue<T>(DicomTag tag, int index = 0) => GetElement(tag).GetValue<T>(index);

    /// <summary>The value, or <paramref name="fallback"/> when the element is missing, empty or unreadable as <typeparamref name="T"/>.</summary>
    public T GetValueOrDefault<T>(DicomTag tag, T fallback)
    {
        if (!TryGetItem(tag, out var item) || item is not DicomElement e || e.Count == 0)
        {
            return fallback;
        }

        try
        {
            return e.GetValue<T>();
        }
        catch (DicomDataException)
        {
            return fallback;
        }
    }

    public DicomSequence? GetSequence(DicomTag tag) => this[tag] as DicomSequence;

    /// <summary>A deep copy: nested sequence items are copied, value bytes (immutable) are shared.</summary>
    public DicomDataset Clone()
    {
        var copy = new DicomDataset(_items.Count, InheritedCharacterSet);
        foreach (var item in _items)
        {
            copy._items.Add(item.DeepClone());
        }

        return copy;
    }

    public IEnumerator<DicomItem> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Appends an item decoded by a reader; tags normally arrive in order, so this is O(1).</summary>
    internal void AppendFromReader(DicomItem item)
    {
        if (_items.Count == 0 || _items[^1].Tag < item.Tag)
        {
            _items.Add(item);
            if (item.Tag == SpecificCharacterSetTag)
            {
                _characterSet = null;
            }

            return;
        }

        AddOrUpdate(item);
    }

    private static DicomVR DictionaryVR(DicomTag tag) =>
        DicomVRResolver.DictionaryVR(tag) ?? throw new DicomDataException(tag, "The tag is not in the data dictionary: give its VR");

    private DicomElement GetElement(DicomTag tag)
    {
        if (!TryGetItem(tag, out var item))
        {
            throw new DicomDataException(tag, "The attribute is missing");
        }

        return item as DicomElement ?? throw new DicomDataException(tag, $"The attribute is a {item.VR.Code} item, not a value");
    }

    private int IndexOf(DicomTag tag)
    {
        // Binary search over the sorted list; ~index is the insertion point when absent.
        int lo = 0, hi = _items.Count - 1;
        var key = tag.Value;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var v = _items[mid].Tag.Value;
            if (v == key)
            {
                return mid;
            }

            if (v < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }

    private void Touched(DicomTag tag)
    {
        if (tag == SpecificCharacterSetTag)
        {
            _characterSet = null;
        }
    }
}
