namespace Okube.Actors.Gateway.Privacy.Tcf;

/// <summary>An outcome and, unless granted, why ("purpose 7 not consented").</summary>
public readonly record struct ConsentDecision(ConsentOutcome Outcome, string? Reason)
{
    public static ConsentDecision Granted { get; } = new(ConsentOutcome.Granted, null);

    public bool IsGranted => Outcome == ConsentOutcome.Granted;

    public static ConsentDecision Refused(string reason) => new(ConsentOutcome.Refused, reason);

    public static ConsentDecision Invalid(string reason) => new(ConsentOutcome.Invalid, reason);

    public override string ToString() => Reason is null ? Outcome.ToString() : $"{Outcome}: {Reason}";
}
