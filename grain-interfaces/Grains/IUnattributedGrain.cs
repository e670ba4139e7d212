using Okube.Actors.Credit;

namespace Okube.Actors.Grains;

/// <summary>A tenant's conversions with no touch in their path (key: tenant).</summary>
public interface IUnattributedGrain : IGrainWithStringKey
{
    Task ApplyAsync(Immutable<CreditBatch> batch);

    Task<ChannelFigures> GetFiguresAsync(DateOnly? from, DateOnly? to);
}
