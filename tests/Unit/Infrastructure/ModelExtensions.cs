using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Models;

namespace Okube.Actors.Tests.Unit.Infrastructure;

public static class ModelExtensions
{
    public static readonly DateTime Epoch = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    public static IAttributionModel Model(AttributionModel kind) => AttributionModels.Default[kind];

    /// <summary>The weights of a path given in order.</summary>
    public static double[] Weigh(this IAttributionModel model, DateTime conversion, params DateTime[] touches)
    {
        var weights = new double[touches.Length];
        model.Weigh(touches, conversion, weights);
        return weights;
    }

    /// <summary>The weights of an n-touch path whose touches are one day apart, the last one day before the conversion.</summary>
    public static double[] WeighDaily(this IAttributionModel model, int n)
    {
        var conversion = Epoch.AddDays(n + 1);
        var touches = Enumerable.Range(1, n).Select(i => Epoch.AddDays(i)).ToArray();
        return model.Weigh(conversion, touches);
    }
}
