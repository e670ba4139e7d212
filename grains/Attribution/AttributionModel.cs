namespace Okube.Actors.Attribution;

/// <summary>The multi-touch models of contract section 4. Values index per-model weight arrays.</summary>
public enum AttributionModel
{
    FirstTouch = 0,
    LastTouch = 1,
    Linear = 2,
    PositionBased = 3,
    TimeDecay = 4,
}
