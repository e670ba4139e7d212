namespace Okube.Actors.Identities;

/// <summary>
/// The live person an identity resolves to and how many subjects it has; <see cref="Erased"/>
/// when that person was erased (identity links never join anyone to it again).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record IdentityRoot([property: Id(0)] string PersonKey, [property: Id(1)] int Subjects, [property: Id(2)] bool Erased = false);
