namespace Okube.Actors.Tests.Api.IdentityGraph;

/// <summary>
/// One subject of a generated person. An email subject may be sent under several spellings
/// (raw in any case and padding, or its SHA-256 in either hex case) that all name it.
/// </summary>
public sealed record GraphSubject(string Kind, string Id);
