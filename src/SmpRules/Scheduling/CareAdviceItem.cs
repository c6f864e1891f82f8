using System;
using System.Globalization;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Rules;

namespace SmpRules.Scheduling;

/// <summary>
/// One rule in an answer: its status, the whole stretch of time in which it keeps that status, the session that governs
/// it and the day number relative to that session, the rule that suspends it and when it resumes, and why.
/// </summary>
/// <remarks>
/// <para>A small value. Two items are equal when what they say is equal: the same rule with the same status, stretch,
/// governing session, date, suspending rule, resumption and part of the day.</para>
/// <para>Reading <see cref="Interval"/>, <see cref="ResumesAt"/>, <see cref="PartOfDay"/> or <see cref="Explanation"/>
/// of an item answered at an instant, or comparing it for equality, may compile the schedule's course (once; see
/// <see cref="CareSchedule"/>).</para>
/// <para>The default value belongs to no schedule; its properties throw. This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct CareAdviceItem : IEquatable<CareAdviceItem>
{
    // Two flags ride in the top bits of the session index, which keeps the item at 40 bytes.
    private const int HasDateFlag = 1 << 30;
    private const int DayPartFlag = 1 << 29;
    private const int SessionMask = DayPartFlag - 1;

    private readonly CareSchedule? _schedule;
    private readonly int _rule;
    private readonly int _sessionAndFlags;
    private readonly int _suspender;
    private readonly int _day;
    private readonly Instant _at;

    /// <summary>Creates an item.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="rule">The rule's index.</param>
    /// <param name="session">The governing session's index.</param>
    /// <param name="suspender">The suspending rule's index, or -1.</param>
    /// <param name="at">An instant of the item's stretch (the instant asked, or one within the date asked): the stretch is found by it when read.</param>
    /// <param name="date">The day number (<see cref="Utility.DayNumbers"/>) of the local date of <paramref name="at"/>, if known.</param>
    /// <param name="dayPart">Whether the item answers a question about <paramref name="date"/> (it then has a part of the day).</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal CareAdviceItem(CareSchedule schedule, int rule, int session, int suspender, Instant at, int? date, bool dayPart)
    {
        _schedule = schedule;
        _rule = rule;
        _sessionAndFlags = session | (date.HasValue ? HasDateFlag : 0) | (dayPart ? DayPartFlag : 0);
        _suspender = suspender;
        _at = at;
        _day = date.GetValueOrDefault();
    }

    /// <summary>Creates an item of a compiled part, for an instant.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal CareAdviceItem(CareSchedule schedule, in ItemSeed seed, Instant at, int date, bool hasDate)
    {
        _schedule = schedule;
        _rule = seed.Rule;
        _sessionAndFlags = seed.Session | (hasDate ? HasDateFlag : 0);
        _suspender = seed.Suspender;
        _at = at;
        _day = date;
    }

    /// <summary>Gets the rule.</summary>
    public CareRule Rule => Schedule.Protocol.Rules[_rule];

    /// <summary>Gets the rule's index in its protocol.</summary>
    internal int RuleIndex => _rule;

    /// <summary>Gets the suspending rule's index in its protocol, or -1.</summary>
    internal int SuspenderIndex => _suspender;

    /// <summary>Gets the rule's id.</summary>
    public string RuleId => Rule.Id;

    /// <summary>Gets the rule's family.</summary>
    public CareFamily Family => Rule.Family;

    /// <summary>Gets the rule's directive.</summary>
    public CareDirective Directive => Rule.Directive;

    /// <summary>Gets whether the rule applies or is suspended.</summary>
    public CareStatus Status
    {
        get
        {
            _ = Schedule;
            return _suspender < 0 ? CareStatus.Applies : CareStatus.Suspended;
        }
    }

    /// <summary>
    /// Gets the whole stretch of time in which the rule keeps this status, without an end when it never ends. A stretch
    /// goes on across a handover from one session to the next: it ends only where the rule stops applying or changes
    /// status (DOMAIN.md section 3).
    /// </summary>
    public Interval Interval
    {
        get
        {
            Stretch s = Data;
            return new Interval(s.Start, s.End == Piece.Forever ? null : s.End);
        }
    }

    /// <summary>Gets the session that governs the rule: of the sessions whose windows cover it, the latest (at the instant asked; for a date, the latest within the date).</summary>
    public CareSession Session => Schedule.Plan.Sessions[_sessionAndFlags & SessionMask];

    /// <summary>Gets the day number relative to <see cref="Session"/> of <see cref="Date"/>: 0 on the session's date, negative before it.</summary>
    public int SessionDay => DayNumber - Session.DayNumber;

    /// <summary>Gets the local date the day numbers are for: the date asked about, or the local date of the instant asked about.</summary>
    public LocalDate Date => (_sessionAndFlags & HasDateFlag) != 0 ? Utility.DayNumbers.ToDate(_day) : _at.InZone(Schedule.Plan.Zone).Date;

    /// <summary>Gets the day number of <see cref="Date"/>.</summary>
    private int DayNumber => (_sessionAndFlags & HasDateFlag) != 0 ? _day : Utility.DayNumbers.Of(_at.InZone(Schedule.Plan.Zone).Date);

    /// <summary>Gets the rule that suspends this one, or <see langword="null"/> when it applies (at the instant asked; for a date, the latest within the date).</summary>
    public CareRule? SuspendedBy => _suspender < 0 ? null : Schedule.Protocol.Rules[_suspender];

    /// <summary>Gets when a suspended rule applies again (the end of its stretch), or <see langword="null"/> when it applies or its window ends before it would resume.</summary>
    public Instant? ResumesAt
    {
        get
        {
            if (_suspender < 0)
            {
                return null;
            }

            Stretch s = Data;
            return s.Resumes ? s.End : null;
        }
    }

    /// <summary>Gets, for a question about a date, the part of that date in which this item holds when it is not the whole date; otherwise <see langword="null"/>.</summary>
    public Interval? PartOfDay
    {
        get
        {
            if ((_sessionAndFlags & DayPartFlag) == 0)
            {
                return null;
            }

            Stretch s = Data;
            DateTimeZone zone = Schedule.Plan.Zone;
            LocalDate date = Utility.DayNumbers.ToDate(_day);
            Instant dayStart = PlanContext.StartOfDate(zone, date);
            Instant dayEnd = PlanContext.StartOfDate(zone, date.PlusDays(1));
            Instant start = s.Start > dayStart ? s.Start : dayStart;
            Instant end = s.End < dayEnd ? s.End : dayEnd;
            return start == dayStart && end == dayEnd ? null : new Interval(start, end);
        }
    }

    /// <summary>Gets a one-sentence explanation in English: the governing session and day, the status, and from and until when.</summary>
    public string Explanation => Explanations.Explain(Schedule, Data, _sessionAndFlags & SessionMask, _suspender, Date);

    /// <summary>Writes <see cref="Explanation"/> in UTF-8 into a span without making a string; <see langword="false"/> when it does not fit.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="stretch">This item's stretch, as <see cref="StretchData"/> gives it (read once by a caller that needs it too).</param>
    /// <param name="written">The bytes written.</param>
    internal bool TryWriteExplanation(Span<byte> destination, in Stretch stretch, out int written) =>
        Explanations.TryWrite(destination, Schedule, stretch, _sessionAndFlags & SessionMask, _suspender, Date, out written);

    /// <summary>Gets this item's stretch (found by the instant it was made with; <see cref="Interval"/> is its span).</summary>
    internal Stretch StretchData => Data;

    /// <summary>Gets whether this item belongs to a schedule (the default value does not).</summary>
    public bool HasValue => _schedule is not null;

    private CareSchedule Schedule => _schedule ?? throw new InvalidOperationException("This advice item is the default value and belongs to no schedule.");

    private Stretch Data
    {
        get
        {
            CompiledSchedule compiled = Schedule.Compiled;
            int stretch = compiled.StretchOf(_rule, _at);
            return stretch >= 0
                ? compiled.Stretches[stretch]
                : throw new InvalidOperationException($"No stretch of rule '{RuleId}' holds {_at}; this is a bug in SmpRules.");
        }
    }

    /// <summary>Gets the rule's client-facing text in a culture, falling back to neutral cultures and the protocol's default language.</summary>
    /// <param name="culture">The culture name, such as <c>es-MX</c>; <see langword="null"/> for the default language.</param>
    /// <returns>The text.</returns>
    public string GetText(string? culture = null) => Rule.Text.Resolve(culture);

    /// <inheritdoc />
    public bool Equals(CareAdviceItem other)
    {
        if (_schedule is null || other._schedule is null)
        {
            return _schedule is null && other._schedule is null;
        }

        return Rule.Equals(other.Rule)
            && _suspender < 0 == other._suspender < 0
            && Session.Equals(other.Session)
            && DayNumber == other.DayNumber
            && string.Equals(SuspendedBy?.Id, other.SuspendedBy?.Id, StringComparison.Ordinal)
            && Interval == other.Interval
            && ResumesAt == other.ResumesAt
            && PartOfDay == other.PartOfDay;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CareAdviceItem other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _schedule is null ? 0 : HashCode.Combine(RuleId, _suspender < 0, Session.Instant, Date);

    /// <summary>Compares two items for equality.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns><see langword="true"/> if both say the same: rule, status, stretch, governing session, date, suspending rule, resumption and part of the day.</returns>
    public static bool operator ==(CareAdviceItem left, CareAdviceItem right) => left.Equals(right);

    /// <summary>Compares two items for inequality.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns><see langword="true"/> if the items differ.</returns>
    public static bool operator !=(CareAdviceItem left, CareAdviceItem right) => !left.Equals(right);

    /// <summary>Returns a description such as <c>dry-period.keep-scalp-dry applies (session 1, day 2)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => _schedule is null
        ? "(none)"
        : string.Create(CultureInfo.InvariantCulture, $"{RuleId} {(Status == CareStatus.Applies ? "applies" : "suspended")} (session {Session.Number}, day {SessionDay})");
}
