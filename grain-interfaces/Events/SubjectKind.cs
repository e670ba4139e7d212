namespace Okube.Actors.Events;

/// <summary>The pseudonymous identifier kinds a subject can have (contract section 3).</summary>
public enum SubjectKind
{
    Cookie = 0,
    Device = 1,
    OfflineCookie = 2,
    EmailSha256 = 3,
    Crm = 4,
}
