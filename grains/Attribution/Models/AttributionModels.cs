namespace Okube.Actors.Attribution.Models;

/// <summary>The five models, indexed by <see cref="AttributionModel"/>.</summary>
public sealed class AttributionModels
{
    public const int Count = 5;

    public static AttributionModels Default { get; } = new(TimeDecayModel.DefaultHalfLife);

    private readonly IAttributionModel[] models;

    public AttributionModels(TimeSpan timeDecayHalfLife)
    {
        models =
        [
            new FirstTouchModel(),
            new LastTouchModel(),
            new LinearModel(),
            new PositionBasedModel(),
            new TimeDecayModel(timeDecayHalfLife),
        ];
    }

    public IReadOnlyList<IAttributionModel> All => models;

    public IAttributionModel this[AttributionModel kind] => models[(int)kind];

    /// <summary>The wire names, in enum order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["first_touch", "last_touch", "linear", "position_based", "time_decay"];

    public static bool TryParse(string? name, out AttributionModel model)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                model = (AttributionModel)i;
                return true;
            }
        }
        model = default;
        return false;
    }

    public static string NameOf(AttributionModel model) => Names[(int)model];
}
