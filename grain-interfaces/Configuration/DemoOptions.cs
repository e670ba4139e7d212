namespace Okube.Actors.Configuration;

/// <summary>Synthetic journeys fed at start-up so a newcomer sees figures at once.</summary>
public sealed class DemoOptions
{
    public bool Enabled { get; set; }

    /// <summary>The tenant the journeys are sent to (created with demo keys when absent).</summary>
    public string Tenant { get; set; } = "demo";

    public int Persons { get; set; } = 2_000;

    public int Seed { get; set; } = 42;

    /// <summary>Up to this many subjects per person, joined by identity links.</summary>
    public int MaxSubjectsPerPerson { get; set; } = 3;
}
