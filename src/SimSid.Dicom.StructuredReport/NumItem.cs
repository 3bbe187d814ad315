using System.Buffers.Binary;

namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// A NUM content item: a numeric measurement with its units (PS3.3 Table C.18.1-1 "Numeric Measurement Macro"):
/// MeasuredValueSequence holding Numeric Value (DS), Measurement Units Code Sequence and, when the decimal
/// string cannot hold the value exactly, Floating Point Value (FD).
/// </summary>
public sealed class NumItem : ContentItem
{
    public NumItem(CodedConcept conceptName, double value, CodedConcept unit, RelationshipType relationship)
        : base(conceptName ?? throw new ArgumentNullException(nameof(conceptName)), relationship)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"The numeric value of {conceptName} must be a finite number.");
        }

        Value = value;
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
    }

    public override string ValueType => "NUM";

    public double Value { get; }

    /// <summary>The measurement units, a UCUM code such as ("1", UCUM, "no units").</summary>
    public CodedConcept Unit { get; }

    protected override void WriteValue(DicomDataset dataset)
    {
        var measured = new DicomDataset();
        var text = DecimalString.Format(Value);
        measured.SetText(DicomTag.NumericValue, DicomVR.DS, text);
        if (!DecimalString.IsExact(text, Value))
        {
            var bytes = new byte[8];
            BinaryPrimitives.WriteDoubleLittleEndian(bytes, Value);
            measured.AddOrUpdate(DicomTag.FloatingPointValue, DicomVR.FD, bytes);
        }

        measured.SetSequence(DicomTag.MeasurementUnitsCodeSequence, Unit.ToDataset());
        dataset.SetSequence(DicomTag.MeasuredValueSequence, measured);
    }
}
