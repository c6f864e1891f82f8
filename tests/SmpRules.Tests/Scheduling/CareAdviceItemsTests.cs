using System.Collections;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;
using static SmpRules.Tests.Support.Time;
using Ids = SmpRules.Protocols.StandardProtocol.RuleIds;

namespace SmpRules.Tests.Scheduling;

/// <summary>The items of an answer as a read-only list, whichever way the answer was made.</summary>
public sealed class CareAdviceItemsTests
{
    private static readonly CarePlan Plan = CarePlan.Create(London, L("2026-11-20T10:00"), L("2026-12-01T10:00"));

    /// <summary>An answer at 2026-12-03 12:00 (session 2, day 2) from an uncompiled and a compiled schedule, and one about that date.</summary>
    public static TheoryData<string> Kinds => new() { "uncompiled", "compiled", "date" };

    private static CareAdvice Answer(string kind)
    {
        CareSchedule schedule = StandardProtocol.Instance.Apply(Plan);
        if (kind == "compiled")
        {
            _ = schedule.Transitions;
        }

        CareAdvice advice = kind == "date" ? schedule.On(new LocalDate(2026, 12, 3)) : schedule.At(At(London, "2026-12-03T12:00"));
        schedule.IsCompiled.Should().Be(kind != "uncompiled");
        return advice;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Items_EveryWayOfReading_GivesTheSameItemsInProtocolOrder(string kind)
    {
        CareAdvice advice = Answer(kind);
        CareAdviceItems items = advice.Items;
        string[] expected = [Ids.KeepScalpDry, Ids.RednessAndItching, Ids.LooseHat, Ids.ShampooAndCondition, Ids.Moisturize, Ids.NoSaunaOrSteam, Ids.ControlledExercise];

        items.Length.Should().Be(7);
        items.Count.Should().Be(7);
        items.IsEmpty.Should().BeFalse();
        var byIndex = new List<CareAdviceItem>();
        for (int i = 0; i < items.Length; i++)
        {
            byIndex.Add(items[i]);
        }

        var byForeach = new List<CareAdviceItem>();
        foreach (CareAdviceItem item in items)
        {
            byForeach.Add(item);
        }

        byIndex.Select(i => i.RuleId).Should().Equal(expected);
        byForeach.Should().Equal(byIndex);
        items.ToArray().Should().Equal(byIndex);
        ((IEnumerable<CareAdviceItem>)items).Should().Equal(byIndex);
        ((IEnumerable)items).Cast<CareAdviceItem>().Should().Equal(byIndex);
        ((IReadOnlyList<CareAdviceItem>)items)[6].Should().Be(byIndex[6]);
        items[^1].Should().Be(byIndex[6]);
        advice.Items[2].Should().Be(items[2], "an item read twice is equal to itself");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ApplyingAndSuspended_SplitTheItemsByStatus_InProtocolOrder(string kind)
    {
        CareAdvice advice = Answer(kind);

        advice.Applying.Select(i => i.RuleId).Should().Equal(Ids.KeepScalpDry, Ids.RednessAndItching, Ids.LooseHat, Ids.NoSaunaOrSteam);
        advice.Suspended.Select(i => i.RuleId).Should().Equal(Ids.ShampooAndCondition, Ids.Moisturize, Ids.ControlledExercise);
        advice.Applying.Should().OnlyContain(i => i.Status == CareStatus.Applies);
        advice.Suspended.Should().OnlyContain(i => i.Status == CareStatus.Suspended);
        advice.Applying.Concat(advice.Suspended).Should().BeEquivalentTo(advice.Items.ToArray());
        advice.Suspended[0].Should().Be(advice.Items[3]);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Indexer_OutOfRange_ThrowsSayingTheRange(string kind)
    {
        CareAdvice advice = Answer(kind);

        FluentActions.Invoking(() => advice.Items[7]).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("index").WithMessage("The index must be at least 0 and less than the number of items (7).*");
        FluentActions.Invoking(() => advice.Items[-1]).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => advice.Suspended[3]).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("*less than the number of items (3).*");
    }

    [Fact]
    public void Default_IsEmpty()
    {
        CareAdviceItems none = default;

        none.Length.Should().Be(0);
        none.IsEmpty.Should().BeTrue();
        none.ToArray().Should().BeEmpty();
        ((IEnumerable<CareAdviceItem>)none).Should().BeEmpty();
        foreach (CareAdviceItem item in none)
        {
            throw new InvalidOperationException($"the default list has no items, but gave {item}");
        }

        FluentActions.Invoking(() => none[0]).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Items_BeforeAnySession_IsEmpty()
    {
        CareAdvice advice = StandardProtocol.Instance.Apply(Plan).At(At(London, "2026-11-19T10:00"));

        advice.Items.IsEmpty.Should().BeTrue();
        advice.Applying.IsEmpty.Should().BeTrue();
        advice.Suspended.IsEmpty.Should().BeTrue();
        advice.Items.ToArray().Should().BeEmpty();
    }

    [Fact]
    public void BoxedEnumerator_ResetAndCurrent_BehaveAsIEnumeratorSays()
    {
        CareAdviceItems items = Answer("uncompiled").Items;
        using IEnumerator<CareAdviceItem> enumerator = ((IEnumerable<CareAdviceItem>)items).GetEnumerator();

        FluentActions.Invoking(() => enumerator.Current).Should().Throw<InvalidOperationException>();
        enumerator.MoveNext().Should().BeTrue();
        enumerator.Current.Should().Be(items[0]);
        ((IEnumerator)enumerator).Current.Should().Be(items[0]);
        while (enumerator.MoveNext())
        {
        }

        FluentActions.Invoking(() => enumerator.Current).Should().Throw<InvalidOperationException>();
        enumerator.Reset();
        enumerator.MoveNext().Should().BeTrue();
        enumerator.Current.Should().Be(items[0]);
    }

    [Fact]
    public void Items_DayNumbersAndDates_AgreeWithTheAnswer()
    {
        CareAdvice advice = Answer("uncompiled");

        advice.Date.Should().Be(new LocalDate(2026, 12, 3));
        advice.CourseDay.Should().Be(13);
        advice.Items.Should().OnlyContain(i => i.Date == advice.Date);
        advice.Items[0].SessionDay.Should().Be(2);
        advice.Items[3].Session.Number.Should().Be(1);
        advice.Items[3].SessionDay.Should().Be(13);
    }
}
