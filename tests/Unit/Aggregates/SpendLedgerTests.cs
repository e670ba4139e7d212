using Okube.Actors.Attribution.Aggregates;
using Okube.Actors.Attribution.Ledger;

namespace Okube.Actors.Tests.Unit.Aggregates;

public sealed class SpendLedgerTests
{
    private static readonly DateOnly Day = new(2025, 3, 10);

    private static CostLine Cost(string touch, double amount, DateOnly? day = null) =>
        new("c1", "display", touch, day ?? Day, amount);

    [Fact]
    public void Touch_costs_of_a_day_are_summed()
    {
        var spend = new SpendLedger();
        spend.AddCost(Cost("t1", 1.5)).Should().BeTrue();
        spend.AddCost(Cost("t2", 2.25)).Should().BeTrue();

        spend.Total(DayRange.All).Should().Be(3.75);
    }

    [Fact]
    public void Declared_spend_replaces_the_touch_costs_of_that_day_only()
    {
        var spend = new SpendLedger();
        spend.AddCost(Cost("t1", 2));
        spend.AddCost(Cost("t2", 3));
        spend.AddCost(Cost("t3", 1.5, Day.AddDays(1)));

        spend.Declare(Day, 10);
        spend.AddCost(Cost("t4", 7)).Should().BeTrue("the cost is recorded even though the day is declared");

        spend.Total(DayRange.All).Should().Be(11.5);
    }

    [Fact]
    public void Later_declaration_of_a_day_replaces_the_earlier()
    {
        var spend = new SpendLedger();
        spend.Declare(Day, 10);
        spend.Declare(Day, 4);

        spend.Total(DayRange.All).Should().Be(4);
        spend.Declared.Should().ContainSingle().Which.Value.Should().Be(4);
    }

    [Fact]
    public void Declared_zero_still_replaces_the_touch_costs()
    {
        var spend = new SpendLedger();
        spend.AddCost(Cost("t1", 2));
        spend.Declare(Day, 0);

        spend.Total(DayRange.All).Should().Be(0);
    }

    [Fact]
    public void Repeated_touch_id_counts_once()
    {
        var spend = new SpendLedger();
        spend.AddCost(Cost("t1", 2)).Should().BeTrue();

        spend.AddCost(Cost("t1", 2)).Should().BeFalse();
        spend.AddCost(Cost("t1", 5, Day.AddDays(1))).Should().BeFalse();

        spend.Total(DayRange.All).Should().Be(2);
        spend.CostedTouches.Should().Equal("t1");
    }

    [Fact]
    public void Day_range_selects_declared_and_touch_spend_inclusively()
    {
        var spend = new SpendLedger();
        spend.AddCost(Cost("t0", 1, Day.AddDays(-1)));
        spend.AddCost(Cost("t1", 2, Day));
        spend.Declare(Day.AddDays(1), 4);
        spend.AddCost(Cost("t2", 100, Day.AddDays(1)));
        spend.AddCost(Cost("t3", 8, Day.AddDays(2)));
        spend.Declare(Day.AddDays(3), 16);

        spend.Total(new DayRange(Day, Day.AddDays(2))).Should().Be(14);
        spend.Total(new DayRange(Day.AddDays(1), Day.AddDays(1))).Should().Be(4);
        spend.Total(new DayRange(null, Day)).Should().Be(3);
        spend.Total(new DayRange(Day.AddDays(2), null)).Should().Be(24);
        spend.Total(DayRange.All).Should().Be(31);
        spend.Total(new DayRange(Day.AddDays(4), null)).Should().Be(0);
    }

    [Fact]
    public void Restored_touch_costs_keep_refusing_counted_touches()
    {
        var spend = new SpendLedger();
        spend.RestoreTouchCosts([new(Day, 3.0)], ["t1", "t2"]);

        spend.AddCost(Cost("t1", 2)).Should().BeFalse();
        spend.AddCost(Cost("t3", 2)).Should().BeTrue();

        spend.Total(DayRange.All).Should().Be(5);
    }
}
