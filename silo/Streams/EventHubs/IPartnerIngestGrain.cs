namespace Okube.Actors.Streams.EventHubs;

/// <summary>
/// Ingests the partner event data of one partner stream (key: a hash of their partition key,
/// or the partition id when they have none). Reached only through its implicit subscription.
/// </summary>
public interface IPartnerIngestGrain : IGrainWithStringKey;
