using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Okube.Actors.Configuration;
using Okube.Actors.Gateway.Hosting;

namespace Okube.Actors.Tests.Api.Infrastructure;

/// <summary>The gateway's options bound from settings alone, as at start-up, without a host.</summary>
public static class GatewayOptions
{
    /// <summary>Binds the settings (null: unset) as the gateway does and reads the options; the validation failure, if any.</summary>
    public static OptionsValidationException? Failure(Dictionary<string, string?> settings)
    {
        try
        {
            _ = Bind(settings);
            return null;
        }
        catch (OptionsValidationException e)
        {
            return e;
        }
    }

    /// <summary>The options the settings make (null: unset); throws when they do not validate.</summary>
    public static IOptions<OkubeOptions> Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Where(s => s.Value is not null))
            .Build();
        using var services = new ServiceCollection().AddLogging().AddOkubeGateway(configuration).BuildServiceProvider();
        return Options.Create(services.GetRequiredService<IOptions<OkubeOptions>>().Value);
    }
}
