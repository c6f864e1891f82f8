using Ical.Net.CalendarComponents;
using SmpRules.Plans;
using SmpRules.Scheduling;
using static SmpRules.Calendar.Tests.WorkedExample;

namespace SmpRules.Calendar.Tests;

/// <summary>
/// Random plans in zones with DST, read back with Ical.Net: every event is a stretch of the schedule at the same
/// instants, all-day exactly when the stretch starts (and ends) at the start of a local day, and the stretches, as
/// DOMAIN.md defines them, cover every item the schedule answers without a break at a handover.
/// </summary>
public class RandomPlansTests
{
    private static readonly string[] Zones = ["Europe/London", "America/Santiago", "Australia/Lord_Howe", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"];

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_event_read_back_is_a_stretch_at_the_same_instants(int seed)
    {
        var random = new Random(seed);
        CareSchedule schedule = Apply(RandomPlan(random));
        DateTimeZone zone = schedule.Zone;
        var history = CareRevisions.Of(schedule);
        Ical.Net.Calendar calendar = Ical.Net.Calendar.Load(CareCalendar.Write(history, Clock))!;

        calendar.Events.Should().HaveCount(history.Stretches.Length);
        foreach (CareStretch s in history.Stretches)
        {
            CalendarEvent e = calendar.Events.Single(e => e.Uid!.StartsWith(s.Key + "/", StringComparison.Ordinal));
            bool startsADay = zone.AtStartOfDay(s.Start.InZone(zone).Date).ToInstant() == s.Start;
            bool endsADay = s.End is not { } end || zone.AtStartOfDay(end.InZone(zone).Date).ToInstant() == end;
            e.IsAllDay.Should().Be(startsADay && endsADay, s.Key);
            Read(e.DtStart!, zone).Should().Be(s.Start, s.Key);
            if (s.End is { } finish)
            {
                Read(e.DtEnd!, zone).Should().Be(finish, s.Key);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Stretches_are_the_maximal_runs_of_one_status_of_each_rule(int seed)
    {
        // Sampled hour by hour (and at every transition), the rule's status only changes at a stretch's boundary, and
        // two stretches of one rule that touch always differ in status or suspending rule.
        var random = new Random(seed);
        CareSchedule schedule = Apply(RandomPlan(random));
        var stretches = CareRevisions.Of(schedule).Stretches;
        foreach (IGrouping<string, CareStretch> rule in stretches.GroupBy(s => s.RuleId))
        {
            CareStretch[] list = [.. rule.OrderBy(s => s.Start)];
            for (int i = 1; i < list.Length; i++)
            {
                list[i - 1].End.Should().NotBeNull();
                list[i].Start.Should().BeGreaterThanOrEqualTo(list[i - 1].End!.Value);
                if (list[i].Start == list[i - 1].End)
                {
                    (list[i].Status, list[i].SuspendedBy?.Id).Should().NotBe((list[i - 1].Status, list[i - 1].SuspendedBy?.Id), "a stretch does not break where nothing changes ({0})", list[i].Key);
                }
            }
        }

        foreach (Instant t in schedule.Transitions.Concat(Hours(schedule)))
        {
            foreach (CareAdviceItem item in schedule.EnumerateAt(t))
            {
                string? by = item.SuspendedBy is { } rule ? rule.Id : null;
                stretches.Where(s => s.RuleId == item.RuleId && s.Start <= t && (s.End == null || t < s.End)
                    && s.Status == item.Status && (s.SuspendedBy is { } r ? r.Id : null) == by).Should().ContainSingle("at {0}, {1}", t, item.RuleId);
            }
        }
    }

    private static IEnumerable<Instant> Hours(CareSchedule schedule)
    {
        Instant start = schedule.Start!.Value - Duration.FromDays(1);
        Instant end = schedule.End!.Value + Duration.FromDays(2);
        for (Instant t = start; t < end; t += Duration.FromHours(5))
        {
            yield return t;
        }
    }

    private static Instant Read(Ical.Net.DataTypes.CalDateTime value, DateTimeZone zone) =>
        value.HasTime
            ? Instant.FromDateTimeUtc(DateTime.SpecifyKind(value.AsUtc, DateTimeKind.Utc))
            : zone.AtStartOfDay(new LocalDate(value.Year, value.Month, value.Day)).ToInstant();

    /// <summary>One to four sessions in a DST zone, 1 to 40 days apart, at a whole or half hour that exists locally.</summary>
    private static CarePlan RandomPlan(Random random)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[Zones[random.Next(Zones.Length)]];
        var sessions = new List<LocalDateTime>();
        LocalDate date = new LocalDate(2026, 1, 1).PlusDays(random.Next(0, 365));
        int count = random.Next(1, 5);
        while (sessions.Count < count)
        {
            LocalDateTime local = date.At(new LocalTime(random.Next(0, 24), random.Next(2) * 30));
            if (zone.MapLocal(local).Count == 1)
            {
                sessions.Add(local);
            }

            date = date.PlusDays(random.Next(1, 41));
        }

        return CarePlan.Create(zone, sessions, null);
    }
}
