using Okube.Actors.Credit;

namespace Okube.Actors.Grains;

/// <summary>A tenant's conversions with no touch in their path (key: tenant).</summary>
public interface IUnattributedGrain : IGrainWithStringKey
{
    Task ApplyAsync(Immutable<CreditBatch> batch);

    /// <summary>Drops every credit given under these person keys (an erasure); returns how many went.</summary>
    Task<int> ErasePersonsAsync(string[] personKeys);

    Task<ChannelFigures> GetFiguresAsync(DateOnly? from, DateOnly? to);
}
