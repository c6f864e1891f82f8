using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime.Testing;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Timing;
using static SmpRules.Tests.Support.TestRules;
using static SmpRules.Tests.Support.Time;
using Ids = SmpRules.Protocols.StandardProtocol.RuleIds;

namespace SmpRules.Tests.Scheduling;

public sealed class CareScheduleTests
{
    private static readonly CarePlan Plan = CarePlan.Create(London, L("2026-11-20T10:00"), L("2026-12-01T10:00"));
    private static readonly CareSchedule Schedule = StandardProtocol.Instance.Apply(Plan);

    [Fact]
    public void Create_SameAsApply()
    {
        CareSchedule schedule = CareSchedule.Create(StandardProtocol.Instance, Plan);

        schedule.Protocol.Should().BeSameAs(StandardProtocol.Instance);
        schedule.Plan.Should().BeSameAs(Plan);
        schedule.Zone.Should().BeSameAs(London);
        schedule.Transitions.Should().Equal(Schedule.Transitions);
    }

    [Fact]
    public void Create_Null_Throws()
    {
        FluentActions.Invoking(() => CareSchedule.Create(null!, Plan)).Should().Throw<ArgumentNullException>().WithParameterName("protocol");
        FluentActions.Invoking(() => CareSchedule.Create(StandardProtocol.Instance, null!)).Should().Throw<ArgumentNullException>().WithParameterName("plan");
    }

    [Fact]
    public void At_Instant_DescribesTheQuery()
    {
        Instant t = At(London, "2026-12-03T12:00");

        CareAdvice advice = Schedule.At(t);

        advice.Kind.Should().Be(CareQueryKind.Instant);
        advice.Instant.Should().Be(t);
        advice.Date.Should().Be(D("2026-12-03"));
        advice.CourseDay.Should().Be(13);
        advice.Interval.Should().Be(new Interval(t, t));
        advice.Applying.Select(i => i.RuleId).Should().Equal(Ids.KeepScalpDry, Ids.RednessAndItching, Ids.LooseHat, Ids.NoSaunaOrSteam);
        advice.Suspended.Select(i => i.RuleId).Should().Equal(Ids.ShampooAndCondition, Ids.Moisturize, Ids.ControlledExercise);
        advice.ToString().Should().Be("2026-12-03 (course day 13): 7 items");
    }

    [Fact]
    public void EnumerateAt_EqualsAt()
    {
        foreach (Instant t in Schedule.Transitions.SelectMany(t => new[] { t - Minute, t, t + Minute }))
        {
            CareAdvice advice = Schedule.At(t);
            var items = new List<CareAdviceItem>();
            foreach (CareAdviceItem item in Schedule.EnumerateAt(t))
            {
                items.Add(item);
            }

            items.Should().Equal(advice.Items);
            items.Select(i => i.Date).Distinct().Should().BeSubsetOf([advice.Date]);
            items.Select(i => i.Interval).Should().Equal(advice.Items.Select(i => i.Interval));
        }
    }

    [Fact]
    public void Applies_OnlyForApplyingRules()
    {
        CareAdvice advice = Schedule.At(At(London, "2026-12-03T12:00"));

        advice.Applies(Ids.KeepScalpDry).Should().BeTrue();
        advice.Applies(Ids.ShampooAndCondition).Should().BeFalse();
        advice.Applies("sun.none").Should().BeFalse();
    }

    [Fact]
    public void ApplyingAndSuspended_WorkedOutOnce()
    {
        CareAdvice advice = Schedule.At(At(London, "2026-12-03T12:00"));

        CareAdviceItems applying = advice.Applying;
        _ = advice.Suspended;

        // Once worked out, reading them again (and every item) allocates nothing.
        long before = GC.GetAllocatedBytesForCurrentThread();
        int read = 0;
        for (int i = 0; i < 10; i++)
        {
            foreach (CareAdviceItem item in advice.Applying)
            {
                read += item.Session.Number;
            }

            foreach (CareAdviceItem item in advice.Suspended)
            {
                read += item.Session.Number;
            }

            read += advice.Items[advice.Items.Length - 1].Session.Number;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.Should().Be(0);
        read.Should().Be(10 * (advice.Applying.Sum(i => i.Session.Number) + advice.Suspended.Sum(i => i.Session.Number) + advice.Items[^1].Session.Number));
        advice.Applying.Should().Equal(applying);
        applying.Select(i => i.RuleId).Should().Equal(Ids.KeepScalpDry, Ids.RednessAndItching, Ids.LooseHat, Ids.NoSaunaOrSteam);
        advice.Suspended.Select(i => i.RuleId).Should().Equal(Ids.ShampooAndCondition, Ids.Moisturize, Ids.ControlledExercise);
    }

    [Fact]
    public void EnumerateAt_QueryAndReading_AllocateNothing()
    {
        Instant t = At(London, "2026-12-03T12:00");
        int Count()
        {
            int n = 0;
            int count = 0;
            foreach (CareAdviceItem item in Schedule.EnumerateAt(t))
            {
                count++;
                if (item.Status == CareStatus.Applies && item.Directive == CareDirective.Avoid && item.Session.Number == 2)
                {
                    n += item.SessionDay;
                }

                n += item.Interval.HasEnd && item.RuleId == Ids.KeepScalpDry ? 1 : 0;
            }

            return n + count;
        }

        Count().Should().Be(2 + 2 + 1 + 7);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int total = 0;
        for (int i = 0; i < 1000; i++)
        {
            total += Count();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.Should().Be(0);
        total.Should().Be(12000);
    }

    [Fact]
    public void EnumerateAt_BeforeAnythingAndDefault_EnumerateNothing()
    {
        Schedule.EnumerateAt(At(London, "2026-01-01T00:00")).MoveNext().Should().BeFalse();
        default(CareSchedule.ItemEnumerator).MoveNext().Should().BeFalse();
    }

    [Fact]
    public void Now_ReadsTheClock()
    {
        var clock = new FakeClock(At(London, "2026-12-03T12:00"));

        Schedule.Now(clock).Items.Should().Equal(Schedule.At(clock.GetCurrentInstant()).Items);
        clock.AdvanceDays(3);
        Schedule.Now(clock).Date.Should().Be(D("2026-12-06"));
        FluentActions.Invoking(() => Schedule.Now(null!)).Should().Throw<ArgumentNullException>().WithParameterName("clock");
    }

    [Theory]
    [InlineData(0, "2026-11-20")]
    [InlineData(13, "2026-12-03")]
    [InlineData(-1, "2026-11-19")]
    [InlineData(36524, "2126-11-20")]
    public void DateOfCourseDay_CountsFromTheFirstSessionDate(int day, string date)
    {
        Schedule.DateOfCourseDay(day).Should().Be(D(date));
        Schedule.CourseDayOf(D(date)).Should().Be(day);
    }

    [Fact]
    public void CourseDayOf_Instant_UsesTheLocalDate()
    {
        Schedule.CourseDayOf(Utc("2026-11-20T23:59")).Should().Be(0);
        CareSchedule newYork = StandardProtocol.Instance.Apply(CarePlan.Create(NewYork, L("2026-11-20T10:00")));
        newYork.CourseDayOf(Utc("2026-11-21T03:00")).Should().Be(0);
        newYork.CourseDayOf(Utc("2026-11-21T05:00")).Should().Be(1);
    }

    [Theory]
    [InlineData(36525)]
    [InlineData(-36525)]
    public void OnCourseDay_OutOfRange_Throws(int day)
    {
        Action act = () => Schedule.OnCourseDay(day);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Be(
            $"The course day must be between -36524 and 36524 (about 100 years either side of the first session), but was {day}. (Parameter 'courseDay')\nActual value was {day}.");
        FluentActions.Invoking(() => Schedule.DateOfCourseDay(day)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("courseDay");
    }

    [Fact]
    public void On_DateTooFar_Throws()
    {
        Action act = () => Schedule.On(D("2126-11-21"));

        ArgumentOutOfRangeException e = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        e.ParamName.Should().Be("date");
        e.Message.Should().StartWith("The date must be within 36524 days of the first session (2026-11-20), but is 36525 days away. (Parameter 'date')");
        Schedule.On(D("2126-11-20")).Items.Select(i => i.RuleId).Should().Equal(Ids.ShampooAndCondition, Ids.Moisturize);
    }

    [Fact]
    public void OnCourseDay_BeforeTheFirstSession_IsEmpty()
    {
        CareAdvice advice = Schedule.OnCourseDay(-1);

        advice.Items.Should().BeEmpty();
        advice.CourseDay.Should().Be(-1);
    }

    [Fact]
    public void Timeline_EndNotAfterStart_Throws()
    {
        Instant t = Utc("2026-11-20T10:00");

        Action act = () => Schedule.Timeline(t, t);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Be(
            "The end of the range (2026-11-20T10:00:00Z) must be later than its start (2026-11-20T10:00:00Z). (Parameter 'to')");
        FluentActions.Invoking(() => Schedule.Timeline(t, t - Minute)).Should().Throw<ArgumentException>().WithParameterName("to");
    }

    [Fact]
    public void Timeline_WithinOneSegment_IsOneSegment()
    {
        Instant from = At(London, "2026-11-21T00:00");
        Instant to = At(London, "2026-11-22T00:00");

        CareAdvice segment = Schedule.Timeline(from, to).Should().ContainSingle().Which;

        segment.Interval.Should().Be(new Interval(from, to));
        segment.Items.Should().HaveCount(7);
        segment.Applying.Should().HaveCount(4);
        segment.Suspended.Should().HaveCount(3);
        segment.Items.Should().OnlyContain(i => i.SessionDay == 1);
    }

    [Fact]
    public void Timeline_BeforeAndAfterTheCourse_HasEmptyAndLastingSegments()
    {
        var segments = Schedule.Timeline(At(London, "2026-11-19T00:00"), At(London, "2027-01-01T00:00"));

        segments.Select(s => s.Interval.Start).Should().Equal(new[] { At(London, "2026-11-19T00:00") }.Concat(Schedule.Transitions));
        segments[0].Items.Should().BeEmpty();
        segments[^1].Items.Select(i => i.RuleId).Should().Equal(Ids.ShampooAndCondition, Ids.Moisturize);
        segments[^1].Interval.End.Should().Be(At(London, "2027-01-01T00:00"));
    }

    [Fact]
    public void Timeline_NothingEverEnds_IsOneSegmentWithoutEnd()
    {
        CareSchedule schedule = Protocol(Rule("test.open", CareWindow.DaysFrom(0, WindowAnchor.FirstSession))).Apply(Plan);

        schedule.Transitions.Should().ContainSingle();
        CareAdvice segment = schedule.Timeline().Should().ContainSingle().Which;
        segment.Interval.Should().Be(new Interval(Utc("2026-11-20T10:00"), null));
        segment.Kind.Should().Be(CareQueryKind.Segment);
        segment.Applying.Select(i => i.RuleId).Should().Equal("test.open");
        schedule.Timeline(Utc("2026-11-19T00:00")).Select(s => s.Interval).Should().Equal(
            new Interval(Utc("2026-11-19T00:00"), Utc("2026-11-20T10:00")),
            new Interval(Utc("2026-11-20T10:00"), null));
        schedule.Start.Should().Be(schedule.End);
        schedule.NextChange(Utc("2026-11-20T10:00")).Should().BeNull();
        schedule.NextChange(Utc("2026-11-20T09:59"))!.At.Should().Be(Utc("2026-11-20T10:00"));
    }

    [Fact]
    public void Start_NothingEverApplies_IsNull()
    {
        CareSchedule schedule = Protocol(Rule("test.never", CareWindow.DaysFrom(0), condition: FactCondition.Present("scabs"))).Apply(Plan);

        schedule.Transitions.Should().BeEmpty();
        schedule.Start.Should().BeNull();
        schedule.End.Should().BeNull();
        schedule.Timeline().Should().BeEmpty();
        schedule.Timeline(Utc("2026-11-19T00:00")).Should().ContainSingle().Which.Items.Should().BeEmpty();
        schedule.NextChange(Instant.MinValue).Should().BeNull();
        schedule.At(Utc("2026-11-21T00:00")).Items.Should().BeEmpty();
        schedule.On(D("2026-11-21")).Items.Should().BeEmpty();
    }

    [Fact]
    public void NextChange_AtATransition_IsTheFollowingOne()
    {
        CareChange change = Schedule.NextChange(At(London, "2026-11-20T10:00"))!;

        change.At.Should().Be(At(London, "2026-11-25T00:00"));
        change.ToString().Should().Be("2026-11-25T00:00:00Z: 3 started, 5 ended");
    }

    [Fact]
    public void NextChange_AfterTheEnd_IsNull()
    {
        Schedule.NextChange(Schedule.End!.Value).Should().BeNull();
        Schedule.NextChange(Schedule.End!.Value - Duration.Epsilon)!.At.Should().Be(Schedule.End!.Value);
    }

    [Fact]
    public void AdviceItem_GetText_FallsBackEsMxToEsToDefault()
    {
        CareAdviceItem dry = Schedule.At(At(London, "2026-12-03T12:00")).Items[0];

        dry.GetText("es-MX").Should().StartWith("Mantén el cuero cabelludo seco");
        dry.GetText("es").Should().Be(dry.GetText("es-MX"));
        dry.GetText("fr").Should().StartWith("Keep your scalp dry");
        dry.GetText().Should().Be(StandardProtocol.KeepScalpDry.Text.Default);
    }

    [Fact]
    public void AdviceItem_SuspendedUntilItsWindowEnds_ExplainsThatItDoesNotResume()
    {
        CareSchedule schedule = Protocol(Rule("a.first", CareWindow.Days(0, 4)), Rule("b.second", CareWindow.Days(0, 4), suspendedBy: ["a.first"]))
            .Apply(CarePlan.Create(London, L("2026-11-20T10:00")));

        CareAdviceItem item = schedule.At(At(London, "2026-11-21T00:00")).Items[1];

        item.ResumesAt.Should().BeNull();
        item.SuspendedBy!.Id.Should().Be("a.first");
        item.Explanation.Should().Be("Day 1 of session 1 (2026-11-20 10:00): suspended by 'a.first' from 2026-11-20 10:00 until 2026-11-25 00:00, when this rule's window (days 0 to 4 of each session) ends.");
    }

    [Theory]
    [InlineData("Pacific/Auckland")]
    [InlineData("Etc/UTC")]
    [InlineData("America/Santiago")]
    public void AdviceItem_SuspendedForGood_ExplainsWithoutAnEnd(string zoneId)
    {
        // Found by testing: explaining a stretch that never ends formatted Instant.MaxValue, which has no local time east
        // of UTC (ArgumentOutOfRangeException) and read "until 9999-12-31" elsewhere.
        CareSchedule schedule = Protocol(Rule("a.first", CareWindow.DaysFrom(0)), Rule("b.second", CareWindow.DaysFrom(0), suspendedBy: ["a.first"]))
            .Apply(CarePlan.Create(zoneId, L("2026-11-20T10:00")));

        CareAdviceItem item = schedule.At(schedule.Start!.Value + Duration.FromDays(400)).Items[1];

        item.Status.Should().Be(CareStatus.Suspended);
        item.ResumesAt.Should().BeNull();
        item.Interval.HasEnd.Should().BeFalse();
        item.Explanation.Should().Be("Day 400 of session 1 (2026-11-20 10:00): suspended by 'a.first' from 2026-11-20 10:00 onwards, for as long as this rule's window (day 0 onwards of each session) lasts.");
    }

    [Fact]
    public void AdviceItem_ToString_RuleStatusSessionAndDay()
    {
        var items = Schedule.At(At(London, "2026-12-03T12:00")).Items;

        items[0].ToString().Should().Be("dry-period.keep-scalp-dry applies (session 2, day 2)");
        items[3].ToString().Should().Be("hygiene.shampoo-and-condition suspended (session 1, day 13)");
        items[0].HasValue.Should().BeTrue();
    }

    [Fact]
    public void AdviceItem_Default_BelongsToNoSchedule()
    {
        CareAdviceItem item = default;

        item.HasValue.Should().BeFalse();
        item.ToString().Should().Be("(none)");
        FluentActions.Invoking(() => item.Rule).Should().Throw<InvalidOperationException>()
            .Which.Message.Should().Be("This advice item is the default value and belongs to no schedule.");
        FluentActions.Invoking(() => item.Status).Should().Throw<InvalidOperationException>();
        (item == default).Should().BeTrue();
    }

    [Fact]
    public void AdviceItem_Equality_SameStretchAndDate()
    {
        Instant t = At(London, "2026-12-03T12:00");

        (Schedule.At(t).Items[0] == StandardProtocol.Instance.Apply(Schedule.Plan).At(t).Items[0]).Should().BeTrue();
        (Schedule.At(t).Items[0] != Schedule.At(t).Items[1]).Should().BeTrue();
        Schedule.At(t).Items[0].Should().NotBe(Schedule.At(t + Duration.FromDays(1)).Items[0]);
        Schedule.At(t).Items[0].GetHashCode().Should().Be(StandardProtocol.Instance.Apply(Schedule.Plan).At(t).Items[0].GetHashCode());
    }

    [Fact]
    public void Segment_ToString_IntervalAndCount()
    {
        Schedule.Timeline(Utc("2026-11-21T00:00"), Utc("2026-11-22T00:00"))[0].ToString()
            .Should().Be("2026-11-21 (course day 1): 7 items");
    }

    [Theory]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Etc/GMT-14")]
    public void At_EndOfTimeEastOfUtc_SaysTheInstantHasNoLocalDate(string zoneId)
    {
        CareSchedule schedule = StandardProtocol.Instance.Apply(CarePlan.Create(zoneId, L("2026-11-20T10:00")));

        Action act = () => schedule.At(Instant.MaxValue);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("instant")
            .Which.Message.Should().StartWith($"The instant {Instant.MaxValue} has no local date in {zoneId}: it lies too close to the end of time.");
        schedule.At(Instant.MaxValue - Duration.FromDays(1)).Items.Select(i => i.RuleId).Should().Equal(Ids.ShampooAndCondition, Ids.Moisturize);
    }
}
