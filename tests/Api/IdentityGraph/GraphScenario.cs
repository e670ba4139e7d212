using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Api.IdentityGraph;

/// <summary>
/// Events and links to send, kept together with the reference attribution of the final
/// graph: every subject's event and every link that must take effect goes into both.
/// </summary>
public sealed class GraphScenario
{
    public ReferenceAttribution Reference { get; } = new() { MinPersons = 0 };

    /// <summary>Everything to send, links included, in the order it was added.</summary>
    public List<JourneyEvent> Items { get; } = [];

    public JourneyEvent Add(JourneyEvent e)
    {
        Items.Add(e);
        Reference.Add([e]);
        return e;
    }

    /// <summary>A link that takes effect: sent, and part of the reference's graph.</summary>
    public JourneyEvent Link(string id, DateTimeOffset at, string source, params WireSubject[] subjects)
    {
        var link = RefusedLink(id, at, source, subjects);
        Reference.Links.Add(subjects.Select(s => s.ReferenceKey).ToArray());
        return link;
    }

    /// <summary>A link that the product must refuse: sent, but never part of the reference's graph.</summary>
    public JourneyEvent RefusedLink(string id, DateTimeOffset at, string source, params WireSubject[] subjects)
    {
        var link = GraphEvents.Link(id, at, source, subjects);
        Items.Add(link);
        return link;
    }
}
