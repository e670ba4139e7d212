namespace Okube.Actors.Events;

public enum EventKind
{
    Touchpoint = 0,
    Transaction = 1,
    StoreVisit = 2,
    IdentityLink = 3,
}

public enum InteractionKind
{
    Impression = 0,
    Click = 1,
    Visit = 2,
}
