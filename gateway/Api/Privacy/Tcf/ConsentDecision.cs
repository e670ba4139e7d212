namespace Okube.Actors.Gateway.Privacy.Tcf;

/// <summary>
/// An outcome and, unless granted, why ("purpose 7 not consented"), with a short code fit for a
/// metric tag ("purpose_7", "vendor", "publisher_restriction", "invalid").
/// </summary>
public readonly record struct ConsentDecision(ConsentOutcome Outcome, string? Reason, string Code = "granted")
{
    public static ConsentDecision Granted { get; } = new(ConsentOutcome.Granted, null);

    public bool IsGranted => Outcome == ConsentOutcome.Granted;

    public static ConsentDecision Refused(string code, string reason) => new(ConsentOutcome.Refused, reason, code);

    public static ConsentDecision Invalid(string reason) => new(ConsentOutcome.Invalid, reason, "invalid");

    public override string ToString() => Reason is null ? Outcome.ToString() : $"{Outcome}: {Reason}";
}
