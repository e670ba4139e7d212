namespace Okube.Actors.Gateway.Privacy.Tcf;

/// <summary>
/// The optional PublisherTC segment (type 3): the publisher's own purposes and its custom purposes.
/// Vendors should not rely on it unless they agreed so with the publisher.
/// </summary>
public sealed class PublisherTc
{
    /// <summary>PubPurposesConsent, 24 bits.</summary>
    public PurposeSet PurposesConsent { get; internal init; }

    /// <summary>PubPurposesLITransparency, 24 bits.</summary>
    public PurposeSet PurposesLITransparency { get; internal init; }

    /// <summary>NumCustomPurposes, 0 to 63.</summary>
    public int NumCustomPurposes { get; internal init; }

    /// <summary>CustomPurposesConsent, NumCustomPurposes bits.</summary>
    public PurposeSet CustomPurposesConsent { get; internal init; }

    /// <summary>CustomPurposesLITransparency, NumCustomPurposes bits.</summary>
    public PurposeSet CustomPurposesLITransparency { get; internal init; }
}
