global using Okube.Actors.Configuration;
global using Okube.Actors.Credit;
global using Okube.Actors.Events;
global using Okube.Actors.Grains;
global using Okube.Actors.Streams.EventHubs;
global using Okube.Actors.Tests.EventHubs.Infrastructure;
global using Orleans;
global using Orleans.Runtime;
