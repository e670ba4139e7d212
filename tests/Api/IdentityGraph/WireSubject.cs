using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Api.IdentityGraph;

/// <summary>A subject as sent on the wire ({"kind", "id"}); raw kinds such as "email" included.</summary>
public sealed record WireSubject(string Kind, string Id)
{
    /// <summary>The subject as the reference attribution knows it (a raw email becomes its SHA-256).</summary>
    public string ReferenceKey => ReferenceAttribution.SubjectOf(Kind, Id);

    public override string ToString() => $"{Kind}:{Id}";
}
