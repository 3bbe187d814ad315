using System.Globalization;

namespace SimSid.Synthetic;

/// <summary>
/// The made-up patient and study of one phantom: names and IDs say SYNTHETIC so nobody can take them for a real
/// person. Everything is derived from (seed, index), so the same case always gets the same identity.
/// </summary>
public sealed record SyntheticPatient(
    string PatientName,
    string PatientId,
    DateOnly BirthDate,
    string Sex,
    string AccessionNumber,
    string StudyId,
    DateTime StudyDateTime)
{
    private const int IdentityStream = 5;
    private static readonly DateOnly EarliestBirth = new(1940, 1, 1);
    private static readonly DateTime FirstStudy = new(2024, 1, 8, 8, 0, 0, DateTimeKind.Unspecified);

    public static SyntheticPatient For(PhantomCase phantomCase)
    {
        ArgumentNullException.ThrowIfNull(phantomCase);
        var random = SeedMixer.Create(phantomCase.Seed, phantomCase.Index, IdentityStream);
        var number = phantomCase.Index.ToString("D4", CultureInfo.InvariantCulture);
        var seedTag = ((uint)phantomCase.Seed % 10000).ToString("D4", CultureInfo.InvariantCulture);
        var birth = EarliestBirth.AddDays(random.Next(0, 365 * 65));
        var studyAt = FirstStudy
            .AddDays(phantomCase.Index % 3650)
            .AddMinutes(random.Next(0, 10 * 60));
        return new SyntheticPatient(
            PatientName: $"SYNTHETIC^PATIENT{number}",
            PatientId: $"SYNTH-{seedTag}-{number}",
            BirthDate: birth,
            Sex: random.Next(2) == 0 ? "F" : "M",
            AccessionNumber: $"SYN{seedTag}{phantomCase.Index.ToString("D6", CultureInfo.InvariantCulture)}",
            StudyId: $"S{phantomCase.Index.ToString(CultureInfo.InvariantCulture)}",
            StudyDateTime: studyAt);
    }
}
