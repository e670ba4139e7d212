namespace Okube.Actors.Tests.Cluster.Infrastructure;

/// <summary>Credit messages as the dispatcher delivers them to campaign and unattributed grains.</summary>
public static class TestCredits
{
    public static readonly DateOnly Day = new(2026, 3, 20);

    /// <summary>A credit of one conversion through one channel, the same share under every model.</summary>
    public static CreditUpdate CreditFor(string conversionId, long version, double share, double value = 100,
        string channel = "display", string person = "cookie/p1") =>
        new(conversionId, version, person, Day, ConversionType.Transaction, value,
            [new ChannelShare(channel, [share, share, share, share, share])]);

    /// <summary>The conversion no longer gives the campaign anything.</summary>
    public static CreditUpdate Retraction(string conversionId, long version, string person = "cookie/p1") =>
        new(conversionId, version, person, Day, ConversionType.Transaction, 100, []);

    public static Immutable<CreditBatch> Batch(params CreditUpdate[] credits) => new CreditBatch(credits, []).AsImmutable();

    public static Immutable<CreditBatch> Batch(CreditUpdate[] credits, params TouchCost[] costs) =>
        new CreditBatch(credits, costs).AsImmutable();
}
