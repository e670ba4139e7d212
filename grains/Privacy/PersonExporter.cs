using Okube.Actors.Attribution.Ledger;
using Okube.Actors.Events;
using Okube.Actors.Identities;
using Okube.Actors.Privacy;

namespace Okube.Actors.Grains.Privacy;

/// <summary>Builds a person's access export from their ledger, subjects and links.</summary>
internal static class PersonExporter
{
    public static PersonExport Export(string tenant, string personKey, PersonLedger ledger,
        IEnumerable<string> subjects, IEnumerable<StoredLink> links) => new(
        personKey,
        subjects.Order(StringComparer.Ordinal).Select(Subject).ToArray(),
        ledger.Touchpoints.Select(t => new ExportedTouchpoint(
            t.EventId, t.OccurredAt, t.Campaign, t.Channel, t.Interaction.ToString().ToLowerInvariant(), t.Cost)).ToArray(),
        ledger.Conversions.OrderBy(c => c.Conversion.OccurredAt).ThenBy(c => c.Conversion.EventId, StringComparer.Ordinal)
            .Select(c => new ExportedConversion(
                c.Conversion.EventId,
                c.Conversion.Kind == ConversionKind.Transaction ? "transaction" : "store_visit",
                c.Conversion.OccurredAt,
                c.Conversion.Value,
                c.Conversion.Store,
                ledger.CreditOf(c.Conversion.EventId)
                    .Select(x => new ExportedCredit(x.Campaign, x.Channel.Channel, [.. x.Channel.Weights]))
                    .ToArray()))
            .ToArray(),
        links.OrderBy(l => l.OccurredAt).Select(l => new ExportedLink(
            l.EventId, l.OccurredAt, l.Source, l.Subjects.Select(Subject).ToArray())).ToArray());

    private static ExportedSubject Subject(string grainKey)
    {
        var key = SubjectKey.ParseGrainKey(grainKey);
        return new ExportedSubject(SubjectKey.NameOf(key.Kind), key.Id);
    }
}
