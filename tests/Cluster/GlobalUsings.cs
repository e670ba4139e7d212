global using Okube.Actors.Configuration;
global using Okube.Actors.Credit;
global using Okube.Actors.Events;
global using Okube.Actors.Grains;
global using Okube.Actors.Tests.Cluster.Infrastructure;
global using Orleans;
global using Orleans.Concurrency;
global using Orleans.Runtime;
