namespace Okube.Actors.Identities;

/// <summary>The live person an identity resolves to, and how many subjects it has.</summary>
[GenerateSerializer, Immutable]
public sealed record IdentityRoot([property: Id(0)] string PersonKey, [property: Id(1)] int Subjects);
