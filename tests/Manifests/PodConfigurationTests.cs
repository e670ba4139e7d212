using Microsoft.Extensions.Configuration;
using Okube.Actors.Configuration;
using Okube.Actors.Gateway.Auth;
using Okube.Actors.Silo.Options;
using Okube.Actors.Streams.Cluster;
using Okube.Actors.Tests.Manifests.Infrastructure;

namespace Okube.Actors.Tests.Manifests;

/// <summary>The environment each pod gets, fed to the code's own configuration binding.</summary>
public sealed class PodConfigurationTests
{
    /// <summary>Variables the host reads that are not configuration sections of ours.</summary>
    private static readonly string[] HostVariables = ["ASPNETCORE_HTTP_PORTS", "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT"];

    public static TheoryData<string> Deployments => new() { Workloads.Silo, Workloads.Gateway };

    private static PodEnvironment EnvironmentOf(string deployment) =>
        PodEnvironment.Of(Workloads.Deployment(deployment).SingleContainer, Workloads.Manifests);

    [Theory]
    [MemberData(nameof(Deployments))]
    public void Pods_run_in_cluster_mode(string deployment)
    {
        var options = new OkubeOptions();
        EnvironmentOf(deployment).ToConfiguration().GetSection(OkubeOptions.Section).Bind(options);

        options.Mode.Should().Be(HostingMode.Cluster);
        options.WriteThrough.Should().BeTrue("cluster grain state is written per batch");
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public void Cluster_settings_accept_the_pod_configuration(string deployment)
    {
        var environment = EnvironmentOf(deployment);

        var settings = ClusterSettings.Read(environment.ToConfiguration());

        settings.PostgresConnectionString.Should().Be(environment.Variables["ConnectionStrings__Postgres"]);
        settings.ClusterId.Should().Be(environment.Variables["Orleans__ClusterId"]);
        settings.ServiceId.Should().Be(environment.Variables["Orleans__ServiceId"]);
        settings.Streams.Provider.Should().Be(StreamProviderKind.AdoNet, "the manifests' default needs nothing but PostgreSQL");
    }

    [Fact]
    public void Silos_and_gateways_join_the_same_cluster_with_the_same_tenants()
    {
        var silo = EnvironmentOf(Workloads.Silo).Variables;
        var gateway = EnvironmentOf(Workloads.Gateway).Variables;
        var shared = silo.Keys.Where(k => k.StartsWith("Orleans__Cluster", StringComparison.Ordinal)
            || k.StartsWith("Orleans__Service", StringComparison.Ordinal)
            || k.StartsWith("Okube__", StringComparison.Ordinal)
            || k.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).ToList();

        shared.Should().Contain(["Orleans__ClusterId", "Orleans__ServiceId", "ConnectionStrings__Postgres", "Okube__Mode"]);
        shared.Should().Contain(k => k.StartsWith("Okube__Tenants__", StringComparison.Ordinal));
        gateway.Should().Contain(shared.Select(k => new KeyValuePair<string, string>(k, silo[k])),
            "pseudonyms, keys and the cluster identity must be the same on every pod");
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public void Every_variable_maps_to_a_setting_the_code_reads(string deployment)
    {
        var environment = EnvironmentOf(deployment);
        var configuration = environment.ToConfiguration();
        var settings = ClusterSettings.Read(configuration);

        foreach (var name in environment.Variables.Keys)
        {
            var section = name.Split("__")[0];
            var known = name.Contains("__", StringComparison.Ordinal)
                ? section is OkubeOptions.Section or OrleansEndpointOptions.Section or "ConnectionStrings"
                : HostVariables.Contains(name) || CodeFacts.SiloEnvironmentVariables.Contains(name);
            known.Should().BeTrue($"{deployment}: {name} is not a configuration key or variable the code reads");
        }

        // Binding fails on any key that is no property of the options classes.
        var bindOkube = () => configuration.GetSection(OkubeOptions.Section).Get<OkubeOptions>(o => o.ErrorOnUnknownConfiguration = true);
        var bindOrleans = () => configuration.GetSection(OrleansEndpointOptions.Section).Get<OrleansEndpointOptions>(o => o.ErrorOnUnknownConfiguration = true);
        bindOkube.Should().NotThrow();
        bindOrleans.Should().NotThrow();

        // Connection strings: exactly the ones Cluster mode reads.
        foreach (var connection in configuration.GetSection("ConnectionStrings").GetChildren())
        {
            connection.Value.Should().BeOneOf([settings.PostgresConnectionString, settings.EventHubsConnectionString],
                $"ConnectionStrings:{connection.Key} must be read by ClusterSettings");
        }
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public void Tenants_pass_the_gateway_validation(string deployment)
    {
        var options = EnvironmentOf(deployment).ToConfiguration().GetSection(OkubeOptions.Section).Get<OkubeOptions>()!;

        options.Tenants.Should().NotBeEmpty();
        options.Tenants.Keys.Should().OnlyContain(name => TenantNames.IsValid(name));
        var keys = options.Tenants.Values.SelectMany(t => t.ApiKeys).ToList();
        keys.Should().NotBeEmpty().And.OnlyContain(k => Roles.All.Contains(k.Role));
        keys.Should().OnlyContain(k => !string.IsNullOrEmpty(k.KeySha256) || !string.IsNullOrEmpty(k.Key));
        options.Tenants.Values.Should().OnlyContain(t => !string.IsNullOrEmpty(t.PseudonymisationSecret),
            "without one, subject pseudonyms derive from the tenant name (local use only)");
    }
}
