using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Tests.Scheduling;

/// <summary>Pacific/Apia skipped 2011-12-30 entirely: day windows touching it must still apply, ending where 2011-12-31 starts.</summary>
public sealed class SkippedDayTests
{
    private static readonly DateTimeZone Apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];

    [Fact]
    public void Apply_DryPeriodEndsOnSkippedDay_EndsAtStartOfNextDayAndAgreesWithAnUncompiledSchedule()
    {
        // Session on 2011-12-25: days 0-4 end at the start of day 5, 2011-12-30, which does not exist in Apia.
        CarePlan plan = CarePlan.Create(Apia, new LocalDateTime(2011, 12, 25, 10, 0));

        CareSchedule schedule = StandardProtocol.Instance.Apply(plan);

        Instant end = Apia.AtStartOfDay(new LocalDate(2011, 12, 31)).ToInstant();
        schedule.At(end - Duration.FromMinutes(1)).Items.Should().Contain(i => i.RuleId == StandardProtocol.RuleIds.KeepScalpDry);
        schedule.At(end).Items.Should().NotContain(i => i.RuleId == StandardProtocol.RuleIds.KeepScalpDry);
        StandardProtocol.Instance.Apply(plan).At(end - Duration.FromMinutes(1)).Items
            .Should().Contain(i => i.RuleId == StandardProtocol.RuleIds.KeepScalpDry);
    }
}
