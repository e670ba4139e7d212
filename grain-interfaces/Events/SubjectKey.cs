namespace Okube.Actors.Events;

/// <summary>One subject of a tenant: the key of its device grain and of its event stream.</summary>
[GenerateSerializer, Immutable]
public sealed record SubjectKey([property: Id(0)] string Tenant, [property: Id(1)] SubjectKind Kind, [property: Id(2)] string Id)
{
    private static readonly string[] KindNames = ["cookie", "device", "offline_cookie", "email_sha256", "crm"];

    public static string NameOf(SubjectKind kind) => KindNames[(int)kind];

    public static bool TryParseKind(string? name, out SubjectKind kind)
    {
        var i = Array.IndexOf(KindNames, name);
        kind = (SubjectKind)Math.Max(i, 0);
        return i >= 0;
    }

    /// <summary>"tenant/kind/id": tenants and kinds hold no '/', so the key is unambiguous.</summary>
    public string GrainKey => $"{Tenant}/{NameOf(Kind)}/{Id}";

    public static SubjectKey ParseGrainKey(string key)
    {
        var first = key.IndexOf('/');
        var second = key.IndexOf('/', first + 1);
        if (first <= 0 || second <= first || !TryParseKind(key[(first + 1)..second], out var kind))
        {
            throw new FormatException($"'{key}' is not a subject grain key.");
        }
        return new SubjectKey(key[..first], kind, key[(second + 1)..]);
    }

    /// <summary>The person key this subject has before any identity link joins it to others.</summary>
    public string OwnPersonKey => $"{NameOf(Kind)}/{Id}";

    public override string ToString() => GrainKey;
}
