using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Okube.Actors.Events;
using Okube.Actors.Gateway.Privacy;
using Okube.Actors.Grains;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api.Privacy;

/// <summary>
/// Raw MACs: pseudonymised under a random key of the tenant's UTC day, which one grain holds
/// in memory and hands out on that day only.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class DailyMacKeyTests(SiloFactory silo, ClockedSilo clocked) : IClassFixture<ClockedSilo>
{
    private const string Mac = "AA:BB:CC:00:11:22";
    private static readonly string TenantA = TestTenants.MacA.Name;
    private static readonly string TenantB = TestTenants.MacB.Name;

    /// <summary>A day of the clocked silo, away from the real one.</summary>
    private static readonly DateOnly Day = MacKeyDays.Today(TimeProvider.System).AddDays(3);

    [Fact]
    public async Task The_same_mac_on_the_same_day_gets_the_same_offline_cookie_through_every_gateway()
    {
        var first = await MacPseudonymAsync(ClockedSilo.Gateway(silo, TimeProvider.System), TenantA, Mac);

        var second = await MacPseudonymAsync(ClockedSilo.Gateway(silo, TimeProvider.System), TenantA, "aa-bb-cc-00-11-22");

        second.Should().Be(first);
        first.Kind.Should().Be(SubjectKind.OfflineCookie);
        (await MacPseudonymAsync(ClockedSilo.Gateway(silo, TimeProvider.System), TenantA, "AA:BB:CC:00:11:23"))
            .Should().NotBe(first);
    }

    [Fact]
    public void A_mac_is_not_pseudonymised_before_the_days_key_is_fetched()
    {
        var gateway = ClockedSilo.Gateway(silo, TimeProvider.System);

        gateway.TryPseudonymise(TenantA, "mac", Mac, out _, out var error).Should().BeFalse();

        error.Should().StartWith("temporarily unavailable");
    }

    [Fact]
    public async Task Tenants_with_the_same_secret_get_different_mac_pseudonyms_none_derived_from_the_secret()
    {
        var gateway = ClockedSilo.Gateway(silo, TimeProvider.System);

        var a = await MacPseudonymAsync(gateway, TenantA, Mac);
        var b = await MacPseudonymAsync(gateway, TenantB, Mac);

        a.Id.Should().NotBe(b.Id);
        a.Id.Should().NotBe(DerivedFromSecret(
            $"offline_cookie:mac:{MacKeyDays.Format(MacKeyDays.Today(TimeProvider.System))}:aabbcc001122"));
        a.Id.Should().NotBe(DerivedFromSecret("offline_cookie:mac:aabbcc001122"));
    }

    [Fact]
    public async Task Two_silos_make_different_keys_for_the_same_day()
    {
        clocked.Clock.Set(TimeProvider.System.GetUtcNow());

        var here = await MacPseudonymAsync(ClockedSilo.Gateway(silo, TimeProvider.System), TenantA, Mac);
        var there = await MacPseudonymAsync(ClockedSilo.Gateway(clocked.Silo, clocked.Clock), TenantA, Mac);

        there.Should().NotBe(here);
    }

    [Fact]
    public async Task The_next_day_gives_the_same_mac_another_pseudonym_and_yesterdays_key_is_dropped()
    {
        var gateway = ClockedSilo.Gateway(clocked.Silo, clocked.Clock);
        clocked.Clock.Set(At(Day, 12));
        var today = await MacPseudonymAsync(gateway, TenantA, Mac);
        clocked.Clock.Set(At(Day.AddDays(1), 12));

        gateway.TryPseudonymise(TenantA, "mac", Mac, out _, out _).Should().BeFalse("yesterday's key is no longer used");
        var tomorrow = await MacPseudonymAsync(gateway, TenantA, Mac);

        tomorrow.Should().NotBe(today);
        (await MacPseudonymAsync(gateway, TenantA, Mac)).Should().Be(tomorrow);
    }

    [Fact]
    public async Task Just_after_midnight_a_batch_prepared_before_it_keeps_the_days_key()
    {
        var gateway = ClockedSilo.Gateway(clocked.Silo, clocked.Clock);
        clocked.Clock.Set(At(Day.AddDays(10), 23, 59));
        var beforeMidnight = await MacPseudonymAsync(gateway, TenantB, Mac);
        clocked.Clock.Set(At(Day.AddDays(11), 0, 2));

        gateway.TryPseudonymise(TenantB, "mac", Mac, out var afterMidnight, out var error).Should().BeTrue(error);

        afterMidnight.Should().Be(beforeMidnight);
        (await MacPseudonymAsync(gateway, TenantB, Mac)).Should().NotBe(beforeMidnight, "the new day's key is fetched");
    }

    [Fact]
    public async Task The_grain_hands_out_a_key_on_its_day_and_within_the_grace_only()
    {
        var day = Day.AddDays(20);
        clocked.Clock.Set(At(day, 12));
        var key = await KeyOf(day).GetKeyAsync();

        await FluentActions.Awaiting(() => KeyOf(day.AddDays(-1)).GetKeyAsync()).Should().ThrowAsync<InvalidOperationException>();
        await FluentActions.Awaiting(() => KeyOf(day.AddDays(1)).GetKeyAsync()).Should().ThrowAsync<InvalidOperationException>();
        clocked.Clock.Set(At(day.AddDays(1), 0, 3));
        (await KeyOf(day).GetKeyAsync()).Should().Equal(key);
        clocked.Clock.Set(At(day.AddDays(1), 0, 6));
        await FluentActions.Awaiting(() => KeyOf(day).GetKeyAsync()).Should().ThrowAsync<InvalidOperationException>();
        key.Should().HaveCount(32);
    }

    [Fact]
    public async Task Ingest_accepts_raw_macs_as_subjects_and_as_linked_subjects()
    {
        using var client = silo.Client(TestTenants.MacA.RetailerKey);
        var at = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

        var outcome = await client.IngestAsync(
            $$"""{"id":"mac-visit-1","type":"store_visit","occurred_at":"{{at}}","subject":{"kind":"mac","id":"{{Mac}}"},"store":"lyon-02"}""" + "\n" +
            $$"""{"id":"mac-link-1","type":"identity_link","occurred_at":"{{at}}","subjects":[{"kind":"mac","id":"{{Mac}}"},{"kind":"crm","id":"crm-1"}],"source":"login"}""" + "\n");

        outcome.Rejected.Should().BeEmpty();
        outcome.Accepted.Should().Be(2);
    }

    private IDailyMacKeyGrain KeyOf(DateOnly day) =>
        clocked.Grains.GetGrain<IDailyMacKeyGrain>(GrainKeys.DailyMacKey(TenantA, day));

    private static async Task<SubjectKey> MacPseudonymAsync(SubjectPseudonymiser gateway, string tenant, string mac)
    {
        await gateway.EnsureDailyMacKeyAsync(tenant, CancellationToken.None);
        return gateway.TryPseudonymise(tenant, "mac", mac, out var subject, out var error)
            ? subject
            : throw new InvalidOperationException(error);
    }

    /// <summary>What a key derived from the tenants' shared secret would give (the scheme this replaced).</summary>
    private static string DerivedFromSecret(string value)
    {
        var key = SHA256.HashData(Encoding.UTF8.GetBytes(TestTenants.MacA.PseudonymisationSecret!));
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value));
        return Convert.ToBase64String(mac[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static DateTimeOffset At(DateOnly day, int hour, int minute = 0) =>
        new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);
}
