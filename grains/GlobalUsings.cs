global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;
global using Okube.Actors.Configuration;
global using Orleans;
global using Orleans.Concurrency;
global using Orleans.Runtime;
