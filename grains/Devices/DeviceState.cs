namespace Okube.Actors.Grains.Devices;

[GenerateSerializer]
public sealed class DeviceState
{
    /// <summary>The person this subject belongs to; null until an identity link moves it.</summary>
    [Id(0)] public string? PersonKey { get; set; }
    /// <summary>Set by an objection or an erasure: this subject's events are dropped.</summary>
    [Id(1)] public Suppression Suppression { get; set; }
}
