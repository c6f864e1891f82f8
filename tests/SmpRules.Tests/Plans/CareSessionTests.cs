using SmpRules.Plans;
using static SmpRules.Tests.Support.Time;

namespace SmpRules.Tests.Plans;

public sealed class CareSessionTests
{
    [Fact]
    public void Properties_FromPlan_NumberLocalDateTimeDateAndInstant()
    {
        CareSession session = CarePlan.Create(NewYork, L("2026-11-20T22:30")).FirstSession;

        session.Number.Should().Be(1);
        session.LocalDateTime.Should().Be(L("2026-11-20T22:30"));
        session.Date.Should().Be(D("2026-11-20"));
        session.Instant.Should().Be(Utc("2026-11-21T03:30"));
    }

    [Fact]
    public void Equals_SameNumberTimeAndInstant_AreEqual()
    {
        CareSession a = CarePlan.Create(London, L("2026-11-20T10:00")).FirstSession;
        CareSession b = CarePlan.Create(London, L("2026-11-20T10:00")).FirstSession;
        CareSession c = CarePlan.Create(London, L("2026-11-19T10:00"), L("2026-11-20T10:00")).Sessions[1];

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(c);
        (a == b).Should().BeTrue();
        (a != c).Should().BeTrue();
        (a == c).Should().BeFalse();
    }

    [Fact]
    public void Default_IsNoSessionOfAnyPlan()
    {
        CareSession none = default;

        none.Number.Should().Be(0);
        CarePlan.Create(London, L("2026-11-20T10:00")).Sessions.Should().NotContain(none);
    }

    [Fact]
    public void ToString_NumberAndLocalTime()
    {
        CarePlan.Create(London, L("2026-11-20T10:00")).FirstSession.ToString().Should().Be("session 1 (2026-11-20T10:00)");
    }
}
