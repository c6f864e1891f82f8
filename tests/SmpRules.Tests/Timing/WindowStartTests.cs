using SmpRules.Timing;

namespace SmpRules.Tests.Timing;

public sealed class WindowStartTests
{
    [Fact]
    public void Default_IsDayZero()
    {
        default(WindowStart).Should().Be(WindowStart.Day(0));
        default(WindowStart).Unit.Should().Be(WindowUnit.Days);
    }

    [Fact]
    public void PlusDays_DayAndHourStarts()
    {
        WindowStart.Day(2).PlusDays(-3).Should().Be(WindowStart.Day(-1));
        WindowStart.Hour(5).PlusDays(2).Should().Be(WindowStart.Hour(53));
    }

    [Fact]
    public void Equality_Operators()
    {
        (WindowStart.Day(1) == WindowStart.Day(1)).Should().BeTrue();
        (WindowStart.Day(1) != WindowStart.Hour(1)).Should().BeTrue();
        WindowStart.Day(1).Equals((object)WindowStart.Day(1)).Should().BeTrue();
        WindowStart.Day(1).GetHashCode().Should().Be(WindowStart.Day(1).GetHashCode());
    }

    [Fact]
    public void ToString_UnitAndValue()
    {
        WindowStart.Day(-2).ToString().Should().Be("day -2");
        WindowStart.Hour(48).ToString().Should().Be("hour 48");
    }

    [Fact]
    public void Hour_OutOfRange_Throws()
    {
        Action act = () => WindowStart.Hour(-876577);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Be(
            "The hours parameter must be between -876576 and 876576, but was -876577. (Parameter 'hours')\nActual value was -876577.");
    }
}
