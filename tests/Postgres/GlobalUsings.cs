global using Okube.Actors.Tests.Postgres.Grains;
global using Okube.Actors.Tests.Postgres.Infrastructure;
global using Orleans;
global using Orleans.Runtime;
