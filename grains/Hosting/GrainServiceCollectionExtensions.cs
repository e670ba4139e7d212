using Microsoft.Extensions.DependencyInjection;
using Okube.Actors.Grains.Devices;
using Okube.Actors.Grains.Dispatch;
using Okube.Actors.Grains.Tenants;

namespace Okube.Actors.Grains.Hosting;

public static class GrainServiceCollectionExtensions
{
    /// <summary>The per-silo services the grains depend on.</summary>
    public static IServiceCollection AddOkubeGrainServices(this IServiceCollection services)
    {
        services.AddSingleton<CreditDispatcher>();
        services.AddSingleton<TenantSettings>();
        services.AddSingleton<IdentityLinker>();
        return services;
    }
}
