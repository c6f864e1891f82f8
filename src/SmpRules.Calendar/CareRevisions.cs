using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using SmpRules.Scheduling;

namespace SmpRules.Calendar;

/// <summary>
/// The revisions of one client's schedule, oldest first: the stretches of each with keys that survive the revisions,
/// the changes a client must hear about, and what changes from one revision to the next.
/// </summary>
/// <remarks>
/// <para>A session keeps its identity across revisions: a session at the same local time as one of the revision before
/// is that session; the sessions left over on both sides are paired in order (a session moved); a session left over
/// after that is new. So moving, adding or cancelling a session keeps the key of every stretch that still exists.</para>
/// <para>A single schedule is a history of one revision (<see cref="Of(CareSchedule)"/>); its sessions are
/// <c>s1</c>, <c>s2</c>... Revisions may differ in protocol or zone; each is read in its own. This type is immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class CareRevisions
{
    private readonly string[][] _lineage;
    private readonly ImmutableArray<CareStretch>[] _stretches;
    private readonly object _gate = new();

    private CareRevisions(ImmutableArray<CareSchedule> schedules)
    {
        Schedules = schedules;
        _lineage = SessionLineage.Of(schedules.Select(s => s.Plan).ToArray());
        _stretches = new ImmutableArray<CareStretch>[schedules.Length];
    }

    /// <summary>Gets the revisions, oldest first.</summary>
    public ImmutableArray<CareSchedule> Schedules { get; }

    /// <summary>Gets the latest revision.</summary>
    public CareSchedule Current => Schedules[^1];

    /// <summary>Gets the number of revisions.</summary>
    public int Count => Schedules.Length;

    /// <summary>Gets the stretches of the latest revision, in order of their start.</summary>
    public ImmutableArray<CareStretch> Stretches => StretchesOf(Count - 1);

    /// <summary>A history of one revision.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is <see langword="null"/>.</exception>
    public static CareRevisions Of(CareSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return Of([schedule]);
    }

    /// <summary>A history of revisions, oldest first.</summary>
    /// <param name="schedules">The schedules, oldest first; at least one.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentException"><paramref name="schedules"/> is empty or holds <see langword="null"/>.</exception>
    public static CareRevisions Of(params CareSchedule[] schedules) => Of((IEnumerable<CareSchedule>)schedules);

    /// <summary>A history of revisions, oldest first.</summary>
    /// <param name="schedules">The schedules, oldest first; at least one.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentException"><paramref name="schedules"/> is empty or holds <see langword="null"/>.</exception>
    public static CareRevisions Of(IEnumerable<CareSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        ImmutableArray<CareSchedule> all = [.. schedules];
        if (all.IsEmpty)
        {
            throw new ArgumentException("A history needs at least one schedule.", nameof(schedules));
        }

        if (all.Any(s => s is null))
        {
            throw new ArgumentException("A history cannot hold a null schedule.", nameof(schedules));
        }

        return new CareRevisions(all);
    }

    /// <summary>This history with one more revision.</summary>
    /// <param name="next">The new latest revision.</param>
    /// <returns>The longer history.</returns>
    public CareRevisions Then(CareSchedule next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new CareRevisions(Schedules.Add(next));
    }

    /// <summary>Gets the stretches of one revision, in order of their start (then of the rules in the protocol).</summary>
    /// <param name="revision">The revision's index, 0 for the oldest.</param>
    /// <returns>The stretches.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="revision"/> is not the index of a revision.</exception>
    public ImmutableArray<CareStretch> StretchesOf(int revision)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(revision);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(revision, Count);
        lock (_gate)
        {
            if (_stretches[revision].IsDefault)
            {
                _stretches[revision] = Build(Schedules[revision], _lineage[revision]);
            }

            return _stretches[revision];
        }
    }

    /// <summary>
    /// The changes a client must hear about in the latest revision between two instants: every instant at which a rule
    /// starts, is suspended, resumes or ends, one notice per rule, in order.
    /// </summary>
    /// <param name="from">The start, inclusive.</param>
    /// <param name="to">The end, exclusive; <see langword="null"/> for no end.</param>
    /// <param name="culture">The culture of the sentences, such as <c>es</c>; <see langword="null"/> for the protocol's default language (English words).</param>
    /// <returns>The notices, in order of their instant.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not later than <paramref name="from"/>.</exception>
    public ImmutableArray<CareNotice> Notices(Instant from, Instant? to = null, string? culture = null) => NoticesOf(Count - 1, from, to, culture);

    /// <summary>The changes a client must hear about in one revision between two instants (see <see cref="Notices"/>).</summary>
    /// <param name="revision">The revision's index, 0 for the oldest.</param>
    /// <param name="from">The start, inclusive.</param>
    /// <param name="to">The end, exclusive; <see langword="null"/> for no end.</param>
    /// <param name="culture">The culture of the sentences; <see langword="null"/> for the protocol's default language.</param>
    /// <returns>The notices, in order of their instant.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not later than <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="revision"/> is not the index of a revision.</exception>
    public ImmutableArray<CareNotice> NoticesOf(int revision, Instant from, Instant? to = null, string? culture = null)
    {
        if (to is { } end && end <= from)
        {
            throw new ArgumentException($"The end of the range ({end}) must be later than its start ({from}).", nameof(to));
        }

        return [.. AllNotices(revision, culture).Where(n => n.At >= from && (to is null || n.At < to.Value))];
    }

    /// <summary>
    /// What changes for the client from the revision before the latest to the latest, from an instant on: the stretches
    /// that differ with a sentence each, and which reminders to cancel, send again or send.
    /// </summary>
    /// <param name="from">The instant from which to look ("now"): stretches over by then and notices before it are left out.</param>
    /// <param name="culture">The culture of the sentences; <see langword="null"/> for the protocol's default language.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">The history has one revision only.</exception>
    public CareRevisionReport Compare(Instant from, string? culture = null)
    {
        if (Count < 2)
        {
            throw new InvalidOperationException("Comparing needs two revisions: add the revised schedule with Then.");
        }

        int earlier = Count - 2;
        int later = Count - 1;
        ClientTexts texts = ClientTexts.For(culture);
        DateTimeZone beforeZone = Schedules[earlier].Zone;
        DateTimeZone afterZone = Schedules[later].Zone;
        ImmutableArray<CareStretch> before = StretchesOf(earlier);
        ImmutableArray<CareStretch> after = StretchesOf(later);
        Dictionary<string, CareStretch> beforeByKey = before.ToDictionary(s => s.Key, StringComparer.Ordinal);
        Dictionary<string, CareStretch> afterByKey = after.ToDictionary(s => s.Key, StringComparer.Ordinal);

        // What the client was told and still holds: the earlier revision's stretches that the latest keeps as they were.
        CareStretch[] unchanged = [.. before.Where(b => afterByKey.TryGetValue(b.Key, out CareStretch? a) && a.SameSpanAs(b))];
        var changes = new List<(Instant Order, CareStretchChange Change)>();
        foreach (CareStretch a in after)
        {
            if (beforeByKey.TryGetValue(a.Key, out CareStretch? b))
            {
                if (Moved(texts, culture, b, beforeZone, a, afterZone, after, from) is { } sentence)
                {
                    changes.Add((Min(a.Start, b.Start), new CareStretchChange(CareStretchChangeKind.Moved, b, a, sentence)));
                }
            }
            else if (Uncovered(a, a.Start, a.End, unchanged, from).Count > 0)
            {
                // New (and not over by the instant) unless what the client holds already gives the rule that status then
                // (stretches merged another way). The sentence gives the stretch's own span, so the client learns when it
                // really starts and ends, also where a stretch that was told moved and left part of this time covered.
                // A rule that applies again after a pause is told so, not as new advice.
                bool again = a.Status == CareStatus.Applies && after.Any(p => p.Status == CareStatus.Suspended && p.End == a.Start
                    && string.Equals(p.RuleId, a.RuleId, StringComparison.Ordinal));
                string sentence = a.Status == CareStatus.Suspended
                    ? texts.Format(texts.AddedPause, a.GetText(culture), texts.Span(a.Start, a.End, afterZone), ClientTexts.Short(a.SuspendedBy!.Text.Resolve(culture)))
                    : texts.Format(again ? texts.AddedAgain : texts.Added, a.GetText(culture), texts.Span(a.Start, a.End, afterZone));
                changes.Add((a.Start, new CareStretchChange(CareStretchChangeKind.Added, null, a, sentence)));
            }
        }

        foreach (CareStretch b in before)
        {
            if (!afterByKey.ContainsKey(b.Key) && Uncovered(b, Max(b.Start, from), b.End, after, from, anyStatus: b.Status == CareStatus.Applies) is { Count: > 0 } parts)
            {
                // Removed only where the rule no longer has that status: a key may go while the rule goes on under another.
                changes.Add((b.Start, new CareStretchChange(CareStretchChangeKind.Removed, b, null, RemovedSentence(texts, culture, b, parts, beforeZone))));
            }
        }

        // A rule's changes together, so that a stretch cut short is read beside the pause and the resumption that follow it;
        // the rules in order of their first change from the instant on (what holds now first), then of the protocol.
        var firstOfRule = new Dictionary<string, Instant>(StringComparer.Ordinal);
        foreach ((Instant order, CareStretchChange change) in changes)
        {
            Instant seen = Max(order, from);
            if (!firstOfRule.TryGetValue(change.Rule.Id, out Instant first) || seen < first)
            {
                firstOfRule[change.Rule.Id] = seen;
            }
        }

        // Reminders are matched by key over both revisions whole, then kept from the instant on: a reminder already sent
        // (before "now") whose key comes back later is sent again under its key, not as a new one.
        ImmutableArray<CareNotice> oldNotices = AllNotices(earlier, culture);
        ImmutableArray<CareNotice> newNotices = AllNotices(later, culture);
        Dictionary<string, CareNotice> oldByKey = oldNotices.ToDictionary(n => n.Key, StringComparer.Ordinal);
        Dictionary<string, CareNotice> newByKey = newNotices.ToDictionary(n => n.Key, StringComparer.Ordinal);

        return new CareRevisionReport(
            from,
            SessionChanges(texts, earlier, later),
            [.. changes
                .OrderBy(c => firstOfRule[c.Change.Rule.Id])
                .ThenBy(c => RuleOrder(later, c.Change.Rule.Id))
                .ThenBy(c => c.Change.Rule.Id, StringComparer.Ordinal)
                .ThenBy(c => c.Order)
                .ThenBy(c => c.Change.Key, StringComparer.Ordinal)
                .Select(c => c.Change)],
            [.. oldNotices.Where(n => n.At >= from && !(newByKey.TryGetValue(n.Key, out CareNotice? now) && now.At >= from))],
            [.. newNotices.Where(n => n.At >= from && oldByKey.TryGetValue(n.Key, out CareNotice? old) && !old.SaysTheSameAs(n))],
            [.. newNotices.Where(n => n.At >= from && !oldByKey.ContainsKey(n.Key))]);
    }

    /// <summary>The zone of a revision's plan.</summary>
    internal DateTimeZone ZoneOf(int revision) => Schedules[revision].Zone;

    /// <summary>Every notice of a revision, in order.</summary>
    internal ImmutableArray<CareNotice> AllNotices(int revision, string? culture)
    {
        ImmutableArray<CareStretch> stretches = StretchesOf(revision);
        DateTimeZone zone = Schedules[revision].Zone;
        ClientTexts texts = ClientTexts.For(culture);
        var notices = new List<CareNotice>(stretches.Length * 2);
        foreach (IGrouping<string, CareStretch> rule in stretches.GroupBy(s => s.RuleId, StringComparer.Ordinal))
        {
            CareStretch[] list = [.. rule];
            for (int k = 0; k < list.Length; k++)
            {
                CareStretch s = list[k];
                CareStretch? previous = k > 0 && list[k - 1].End == s.Start ? list[k - 1] : null;
                string text = s.GetText(culture);
                string at = texts.At(s.Start, zone);
                CareNoticeKind kind;
                string sentence;
                if (s.Status == CareStatus.Suspended)
                {
                    kind = CareNoticeKind.Suspended;
                    string by = ClientTexts.Short(s.SuspendedBy!.Text.Resolve(culture));
                    sentence = s.ResumesAt is { } resumes
                        ? texts.Format(texts.SuspendedUntil, at, texts.Until(resumes, zone), by, text)
                        : texts.Format(texts.Suspended, at, by, text);
                }
                else if (previous is { Status: CareStatus.Suspended })
                {
                    kind = CareNoticeKind.Resumed;
                    sentence = texts.Format(texts.Resumed, at, text);
                }
                else
                {
                    kind = CareNoticeKind.Started;
                    sentence = s.End is { } end
                        ? texts.Format(texts.StartedUntil, at, texts.Until(end, zone), text)
                        : texts.Format(texts.Started, at, text);
                }

                notices.Add(new CareNotice(s.Key + "/start", kind, s.Start, s, sentence));
                if (s.End is { } stop && !(k + 1 < list.Length && list[k + 1].Start == stop))
                {
                    // An end after which the rule comes back (another session's window) says when, so it is not read as for good.
                    string ended = texts.Format(texts.Ended(s.Rule.Directive), texts.At(stop, zone), text);
                    if (k + 1 < list.Length && list[k + 1].Status == CareStatus.Applies)
                    {
                        ended += texts.Format(texts.AgainFrom, texts.At(list[k + 1].Start, zone));
                    }

                    notices.Add(new CareNotice(s.Key + "/end", CareNoticeKind.Ended, stop, s, ended));
                }
            }
        }

        return [.. notices.OrderBy(n => n.At).ThenBy(n => RuleOrder(revision, n.Rule.Id)).ThenBy(n => n.Kind == CareNoticeKind.Ended ? 0 : 1)];
    }

    private int RuleOrder(int revision, string ruleId)
    {
        var rules = Schedules[revision].Protocol.Rules;
        for (int i = 0; i < rules.Length; i++)
        {
            if (string.Equals(rules[i].Id, ruleId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static bool Matters(Instant? end, Instant from) => end is not { } e || e > from;

    /// <summary>
    /// The parts of a span of a stretch's rule in which the other revision does not give the rule the stretch's status (and
    /// suspending rule), or with <paramref name="anyStatus"/> no stretch at all (a rule that applied and is now paused
    /// there is told by its pause, not as no longer applying), that end after an instant; the end <see langword="null"/>
    /// for a part that never ends.
    /// </summary>
    private static List<(Instant Start, Instant? End)> Uncovered(
        CareStretch stretch, Instant spanStart, Instant? spanEnd, IEnumerable<CareStretch> other, Instant from, bool anyStatus = false)
    {
        var parts = new List<(Instant Start, Instant? End)> { (spanStart, spanEnd) };
        foreach (CareStretch o in other)
        {
            if (!string.Equals(o.RuleId, stretch.RuleId, StringComparison.Ordinal)
                || (!anyStatus && (o.Status != stretch.Status || !string.Equals(o.SuspendedBy?.Id, stretch.SuspendedBy?.Id, StringComparison.Ordinal))))
            {
                continue;
            }

            var rest = new List<(Instant Start, Instant? End)>(parts.Count + 1);
            foreach ((Instant start, Instant? end) in parts)
            {
                if (o.Start > start)
                {
                    Instant? cut = end is { } e && e < o.Start ? e : o.Start;
                    rest.Add((start, cut));
                }

                if (o.End is { } oEnd && (end is not { } e2 || e2 > oEnd))
                {
                    rest.Add((oEnd > start ? oEnd : start, end));
                }
            }

            parts = rest.FindAll(p => p.End is not { } e || e > p.Start);
        }

        return parts.FindAll(p => Matters(p.End, from));
    }

    /// <summary>Spans joined, such as "from 2026-11-20 10:00 through 2026-11-24 and from 2026-12-01 10:00 through 2026-12-05".</summary>
    private static string Spans(ClientTexts texts, List<(Instant Start, Instant? End)> parts, DateTimeZone zone) =>
        string.Join(texts.And, parts.Select(p => texts.Span(p.Start, p.End, zone)));

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    /// <summary>A stretch's text in a sentence: a paused rule's with what pauses it.</summary>
    private static string Text(ClientTexts texts, string? culture, CareStretch s) =>
        s.SuspendedBy is { } by ? texts.Format(texts.PausedFor, s.GetText(culture), ClientTexts.Short(by.Text.Resolve(culture))) : s.GetText(culture);

    private static string RemovedSentence(ClientTexts texts, string? culture, CareStretch stretch, List<(Instant Start, Instant? End)> parts, DateTimeZone zone) =>
        stretch.Status == CareStatus.Suspended
            ? texts.Format(texts.RemovedPause, stretch.GetText(culture), Spans(texts, parts, zone))
            : texts.Format(texts.Removed(stretch.Rule.Directive), stretch.GetText(culture), Spans(texts, parts, zone));

    /// <summary>
    /// The sentence for a stretch in both revisions, or <see langword="null"/> when nothing differs from the instant on
    /// (a change in the past only is not news). A stretch begun by then whose end moved is told by its new end ("it now
    /// lasts"); one not begun by its new span in full (so an end that moved is never read as starting now) and what it
    /// was (its end, its start or its span, whichever changed). One now over by the instant is told as what it no longer
    /// is, where the later revision does not go on giving the rule that status under another key.
    /// </summary>
    private static string? Moved(ClientTexts texts, string? culture, CareStretch before, DateTimeZone beforeZone, CareStretch after, DateTimeZone afterZone, ImmutableArray<CareStretch> later, Instant from)
    {
        if (Clip(before.Start, before.End, from) == Clip(after.Start, after.End, from))
        {
            return null;
        }

        if (after.End is { } over && over <= from)
        {
            List<(Instant Start, Instant? End)> parts = Uncovered(before, Max(before.Start, from), before.End, later, from, anyStatus: before.Status == CareStatus.Applies);
            return parts.Count == 0 ? null : RemovedSentence(texts, culture, before, parts, beforeZone);
        }

        string text = Text(texts, culture, after);
        if (before.Start == after.Start && after.Start <= from)
        {
            return texts.Format(texts.Lasts, text, texts.UntilOrForGood(after.End, afterZone), texts.UntilOrForGood(before.End, beforeZone));
        }

        string was = before.Start == after.Start
            ? texts.UntilOrForGood(before.End, beforeZone)
            : before.End == after.End
                ? texts.Format(texts.FromOnly, texts.At(before.Start, beforeZone))
                : texts.Span(before.Start, before.End, beforeZone);
        bool inEffect = after.Start <= from && (after.End is not { } stop || stop > from);
        return texts.Format(inEffect ? texts.InEffectInstead : texts.NowInstead, text, texts.Span(after.Start, after.End, afterZone), was);
    }

    /// <summary>A span from an instant on, or <see langword="null"/> when it is over by then.</summary>
    private static (Instant Start, Instant? End)? Clip(Instant start, Instant? end, Instant from) =>
        end is { } e && e <= from ? null : (Max(start, from), end);

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    /// <summary>The sessions moved, added or cancelled from one revision to the next, by their identity across revisions.</summary>
    private ImmutableArray<CareSessionChange> SessionChanges(ClientTexts texts, int earlier, int later)
    {
        var sessionsBefore = Schedules[earlier].Plan.Sessions;
        var sessionsAfter = Schedules[later].Plan.Sessions;
        DateTimeZone beforeZone = Schedules[earlier].Zone;
        DateTimeZone afterZone = Schedules[later].Zone;
        var changes = new List<(Instant Order, CareSessionChange Change)>();
        for (int i = 0; i < sessionsAfter.Length; i++)
        {
            Plans.CareSession a = sessionsAfter[i];
            int j = Array.IndexOf(_lineage[earlier], _lineage[later][i]);
            if (j < 0)
            {
                changes.Add((a.Instant, new CareSessionChange(CareStretchChangeKind.Added, null, a, texts.Format(texts.SessionAdded, a.Number, texts.At(a.Instant, afterZone)))));
            }
            else if (sessionsBefore[j].LocalDateTime != a.LocalDateTime || beforeZone.Id != afterZone.Id)
            {
                Plans.CareSession b = sessionsBefore[j];
                changes.Add((Min(a.Instant, b.Instant), new CareSessionChange(
                    CareStretchChangeKind.Moved, b, a, texts.Format(texts.SessionMoved, a.Number, texts.At(b.Instant, beforeZone), texts.At(a.Instant, afterZone)))));
            }
        }

        for (int j = 0; j < sessionsBefore.Length; j++)
        {
            if (Array.IndexOf(_lineage[later], _lineage[earlier][j]) < 0)
            {
                Plans.CareSession b = sessionsBefore[j];
                changes.Add((b.Instant, new CareSessionChange(CareStretchChangeKind.Removed, b, null, texts.Format(texts.SessionCancelled, b.Number, texts.At(b.Instant, beforeZone)))));
            }
        }

        return [.. changes.OrderBy(c => c.Order).Select(c => c.Change)];
    }

    /// <summary>
    /// The stretches of a schedule with their keys. A key names the rule, its status and suspending rule, and the session
    /// the stretch belongs to: for a suspension, the session governing the suspending rule (its dry period, say); for a
    /// rule that resumes, the session of the suspension that ended; otherwise the session governing the rule at the start.
    /// So a session added or moved leaves the keys of the other sessions' stretches as they were (where stretches merge,
    /// the merged one keeps the first key).
    /// </summary>
    private static ImmutableArray<CareStretch> Build(CareSchedule schedule, string[] lineage)
    {
        var stretches = new List<CareStretch>();
        var seen = new HashSet<(string Rule, Instant Start)>();
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = new Dictionary<string, (Instant? End, bool Suspended, string Session)>(StringComparer.Ordinal);
        foreach (CareAdvice segment in schedule.Timeline())
        {
            CareAdviceItems items = segment.Items;
            foreach (CareAdviceItem item in items)
            {
                Instant start = item.Interval.Start;
                if (!seen.Add((item.RuleId, start)))
                {
                    continue;
                }

                // A stretch starts at a change, so it is first met in the segment that starts with it, whose items give the
                // sessions governing at that instant.
                string session = lineage[item.Session.Number - 1];
                string baseKey;
                if (item.SuspendedBy is { } by)
                {
                    foreach (CareAdviceItem other in items)
                    {
                        if (string.Equals(other.RuleId, by.Id, StringComparison.Ordinal))
                        {
                            session = lineage[other.Session.Number - 1];
                            break;
                        }
                    }

                    baseKey = $"{item.RuleId}/suspended-by/{by.Id}/{session}";
                }
                else
                {
                    if (last.TryGetValue(item.RuleId, out var before) && before.Suspended && before.End == start)
                    {
                        session = before.Session;
                    }

                    baseKey = $"{item.RuleId}/applies/{session}";
                }

                occurrences.TryGetValue(baseKey, out int seenBefore);
                occurrences[baseKey] = seenBefore + 1;
                string key = seenBefore == 0 ? baseKey : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{baseKey}/{seenBefore + 1}");
                var stretch = new CareStretch(key, item);
                last[item.RuleId] = (stretch.End, item.SuspendedBy is not null, session);
                stretches.Add(stretch);
            }
        }

        return [.. stretches];
    }
}
