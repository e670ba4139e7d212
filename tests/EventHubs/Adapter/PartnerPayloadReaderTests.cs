using System.Buffers;
using MessagePack;

namespace Okube.Actors.Tests.EventHubs.Adapter;

/// <summary>What a partner payload must look like, and what one bad item costs.</summary>
public sealed class PartnerPayloadReaderTests
{
    private static readonly Dictionary<string, object?> Touch = new()
    {
        ["id"] = "e1", ["type"] = "touchpoint", ["occurred_at"] = "2026-03-01T12:00:00Z",
        ["subject"] = PartnerPayloads.Subject("cookie", "c-1"), ["channel"] = "display", ["interaction"] = "click",
    };

    private static PartnerPayload Read(byte[] body, string? tenant = "t1", string? defaultTenant = null) =>
        AdapterServices.Reader(defaultTenant).Read(new PartnerEventData("0", "0", tenant, body));

    private static byte[] Raw(Action<MessagePackWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(buffer);
        write(writer);
        return buffer.WrittenSpan.ToArray();
    }

    [Fact]
    public void Each_map_of_the_array_becomes_the_json_object_of_the_contract()
    {
        var payload = Read(PartnerPayloads.Encode([Touch, Touch]));

        payload.Problem.Should().BeNull();
        payload.Tenant.Should().Be("t1");
        payload.Items.Should().HaveCount(2).And.OnlyContain(i => i.Error == null);
        payload.Items[0].Event.GetProperty("subject").GetProperty("id").GetString().Should().Be("c-1");
        payload.Items[1].Index.Should().Be(1);
    }

    [Theory]
    [InlineData(new byte[] { 0x6e, 0x6f, 0x74 }, "not MessagePack: a number, then bytes left over")]
    [InlineData(new byte[] { 0x81, 0xa1, 0x61, 0x01 }, "a map, not an array")]
    [InlineData(new byte[] { 0x92, 0x80 }, "an array cut short")]
    [InlineData(new byte[] { 0x91, 0x80, 0x80 }, "an array, then bytes left over")]
    [InlineData(new byte[0], "nothing")]
    public void A_body_that_is_not_one_array_is_rejected_whole(byte[] body, string what)
    {
        Read(body).Problem.Should().Be("the body is not one MessagePack array", what);
    }

    [Fact]
    public void An_item_that_is_no_json_object_fails_alone()
    {
        var nan = new Dictionary<string, object?>(Touch) { ["id"] = "e3", ["cost"] = double.NaN };
        var body = Raw(w =>
        {
            w.WriteArrayHeader(3);
            w.WriteRaw(PartnerPayloads.Encode([Touch]).AsSpan(1));
            w.Write(42);
            w.WriteRaw(PartnerPayloads.Encode([nan]).AsSpan(1));
            w.Flush();
        });

        var payload = Read(body);

        payload.Problem.Should().BeNull();
        payload.Items.Select(i => i.Error is null).Should().Equal(true, false, false);
    }

    [Fact]
    public void A_messagepack_timestamp_serves_as_occurred_at()
    {
        var stamped = new Dictionary<string, object?>(Touch) { ["occurred_at"] = new DateTime(2026, 3, 1, 12, 30, 0, DateTimeKind.Utc) };

        var item = Read(PartnerPayloads.Encode([stamped])).Items.Single();

        TestTenants.Validator.TryValidate("t1", "agency", item.Event, out var parsed, out var error).Should().BeTrue(error);
        parsed.Event.OccurredAt.Should().Be(new DateTime(2026, 3, 1, 12, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void The_tenant_comes_from_the_property_else_the_configured_default_and_must_be_configured()
    {
        var body = PartnerPayloads.Encode([Touch]);

        Read(body, tenant: null, defaultTenant: "t2").Tenant.Should().Be("t2");
        Read(body, tenant: null).Problem.Should().StartWith("no tenant");
        Read(body, tenant: "", defaultTenant: "t2").Problem.Should().StartWith("no tenant", "a tenant property that is no string names none");
        Read(body, tenant: "nobody").Problem.Should().Be("the tenant is not configured");
        Read(body, tenant: "../t1").Problem.Should().Be("the tenant is not configured");
    }
}
