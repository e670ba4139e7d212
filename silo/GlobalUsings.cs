global using Okube.Actors.Configuration;
global using Orleans;
global using Orleans.Hosting;
