namespace Okube.Actors.Gateway.Privacy.Tcf;

/// <summary>What <see cref="ConsentPolicy"/> decided about one TC string.</summary>
public enum ConsentOutcome
{
    /// <summary>Measurement is allowed.</summary>
    Granted,

    /// <summary>A valid string that does not allow measurement (missing consent, publisher restriction).</summary>
    Refused,

    /// <summary>Not a valid TC string: malformed, or invalid under the TCF policy (global scope, outdated policy version).</summary>
    Invalid,
}
