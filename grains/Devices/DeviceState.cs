namespace Okube.Actors.Grains.Devices;

[GenerateSerializer]
public sealed class DeviceState
{
    /// <summary>The person this subject belongs to; null until an identity link moves it.</summary>
    [Id(0)] public string? PersonKey { get; set; }
}
