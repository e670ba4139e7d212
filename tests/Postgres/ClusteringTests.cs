using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Okube.Actors.Tests.Postgres;

/// <summary>Silos find each other, and the client finds them, through the PostgreSQL membership table.</summary>
[Collection(PostgresClusterCollection.Name)]
public sealed class ClusteringTests(PostgresClusterFixture fixture)
{
    private const int Active = 3;

    [Fact]
    public async Task Both_silos_are_active_rows_of_the_membership_table()
    {
        var rows = await fixture.Database.ListAsync(
            "SELECT Address, Port, Generation, Status FROM OrleansMembershipTable WHERE DeploymentId = @c",
            r => (Address: r.GetString(0), Port: r.GetInt32(1), Generation: r.GetInt32(2), Status: r.GetInt32(3)),
            ("c", fixture.ClusterId));

        var silos = fixture.Cluster.Silos
            .Select(s => (Address: s.SiloAddress.Endpoint.Address.ToString(), s.SiloAddress.Endpoint.Port, s.SiloAddress.Generation, Status: Active));
        rows.Should().BeEquivalentTo(silos);

        var version = await fixture.Database.ScalarAsync<int>(
            "SELECT Version FROM OrleansMembershipVersionTable WHERE DeploymentId = @c", ("c", fixture.ClusterId));
        version.Should().BeGreaterThanOrEqualTo(4, "each silo's join moved the table version at least twice (joining, active)");
    }

    [Fact]
    public async Task Each_silo_sees_both_silos_active_and_the_client_reaches_them_through_the_gateway_query()
    {
        // The client has no gateway list but the one GatewaysQueryKey returns: answering at all proves it.
        var management = fixture.Client.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetHosts(onlyActive: true);

        hosts.Keys.Should().BeEquivalentTo(fixture.Cluster.Silos.Select(s => s.SiloAddress));
        hosts.Values.Should().OnlyContain(status => status == SiloStatus.Active);
    }

    [Fact]
    public async Task A_dead_silo_row_is_read_back_and_cleaned_up_once_older_than_the_cutoff()
    {
        var table = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IMembershipTable>();
        var ghost = SiloAddress.New(IPAddress.Loopback, 1, 1);
        var longAgo = DateTime.UtcNow.AddHours(-2);
        var entry = new MembershipEntry
        {
            SiloAddress = ghost,
            SiloName = "ghost",
            HostName = "ghost-host",
            Status = SiloStatus.Dead,
            StartTime = longAgo,
            IAmAliveTime = longAgo,
        };

        // The live silos may move the table version meanwhile: insert against the latest one.
        await Eventually.UntilAsync(
            async () => await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next()),
            inserted => inserted, "the dead row is inserted");
        var read = await table.ReadRowAsync(ghost);
        read.Members.Select(m => (m.Item1.SiloAddress, m.Item1.Status, m.Item1.SiloName, m.Item1.HostName))
            .Should().Equal((ghost, SiloStatus.Dead, "ghost", "ghost-host"));

        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddHours(-1));

        var ports = await fixture.Database.ListAsync(
            "SELECT Port FROM OrleansMembershipTable WHERE DeploymentId = @c", r => r.GetInt32(0), ("c", fixture.ClusterId));
        ports.Should().BeEquivalentTo(fixture.Cluster.Silos.Select(s => s.SiloAddress.Endpoint.Port), "only the dead row went");
    }
}
