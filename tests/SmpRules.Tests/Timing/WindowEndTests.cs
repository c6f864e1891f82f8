using SmpRules.Timing;

namespace SmpRules.Tests.Timing;

public sealed class WindowEndTests
{
    [Fact]
    public void Default_IsOpen()
    {
        default(WindowEnd).Should().Be(WindowEnd.Open);
        WindowEnd.Open.IsOpen.Should().BeTrue();
        WindowEnd.EndOfDay(0).IsOpen.Should().BeFalse();
    }

    [Fact]
    public void Kinds_AndValues()
    {
        WindowEnd.EndOfDay(4).Kind.Should().Be(WindowEndKind.EndOfDay);
        WindowEnd.EndOfDay(4).Value.Should().Be(4);
        WindowEnd.Hour(48).Kind.Should().Be(WindowEndKind.Hour);
        WindowEnd.Session.Kind.Should().Be(WindowEndKind.Session);
        WindowEnd.NextSession.Kind.Should().Be(WindowEndKind.NextSession);
        WindowEnd.NextSession.Value.Should().Be(0);
    }

    [Fact]
    public void PlusDays_MovesOnlyDayAndHourEnds()
    {
        WindowEnd.EndOfDay(4).PlusDays(1).Should().Be(WindowEnd.EndOfDay(5));
        WindowEnd.Hour(48).PlusDays(-1).Should().Be(WindowEnd.Hour(24));
        WindowEnd.Open.PlusDays(3).Should().Be(WindowEnd.Open);
        WindowEnd.Session.PlusDays(3).Should().Be(WindowEnd.Session);
        WindowEnd.NextSession.PlusDays(3).Should().Be(WindowEnd.NextSession);
    }

    [Fact]
    public void Equality_Operators()
    {
        (WindowEnd.EndOfDay(1) == WindowEnd.EndOfDay(1)).Should().BeTrue();
        (WindowEnd.EndOfDay(1) != WindowEnd.Hour(1)).Should().BeTrue();
        (WindowEnd.Session != WindowEnd.NextSession).Should().BeTrue();
        WindowEnd.Hour(3).Equals((object)WindowEnd.Hour(3)).Should().BeTrue();
        WindowEnd.Hour(3).GetHashCode().Should().Be(WindowEnd.Hour(3).GetHashCode());
    }

    [Theory]
    [InlineData(WindowEndKind.Open, "open")]
    [InlineData(WindowEndKind.Session, "the session")]
    [InlineData(WindowEndKind.NextSession, "the next session")]
    [InlineData(WindowEndKind.EndOfDay, "end of day 4")]
    [InlineData(WindowEndKind.Hour, "hour 48")]
    public void ToString_Invariant(WindowEndKind kind, string expected)
    {
        WindowEnd end = kind switch
        {
            WindowEndKind.Open => WindowEnd.Open,
            WindowEndKind.Session => WindowEnd.Session,
            WindowEndKind.NextSession => WindowEnd.NextSession,
            WindowEndKind.EndOfDay => WindowEnd.EndOfDay(4),
            _ => WindowEnd.Hour(48),
        };

        end.ToString().Should().Be(expected);
    }

    [Fact]
    public void EndOfDay_OutOfRange_Throws()
    {
        Action act = () => WindowEnd.EndOfDay(-40000);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Be(
            "The day parameter must be between -36524 and 36524, but was -40000. (Parameter 'day')\nActual value was -40000.");
    }
}
