using System.Collections.Immutable;
using NodaTime;

namespace SmpRules.Calendar;

/// <summary>
/// What changes for a client when a plan is revised (a session moved, added or cancelled): the stretches that differ, to
/// tell the client, and what to do with the reminders already sent.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CareRevisionReport
{
    internal CareRevisionReport(
        Instant from,
        ImmutableArray<CareSessionChange> sessions,
        ImmutableArray<CareStretchChange> changes,
        ImmutableArray<CareNotice> cancel,
        ImmutableArray<CareNotice> reissue,
        ImmutableArray<CareNotice> issue)
    {
        From = from;
        Sessions = sessions;
        Changes = changes;
        Cancel = cancel;
        Reissue = reissue;
        Issue = issue;
    }

    /// <summary>Gets the instant from which the report looks ("now"): stretches over before it and notices before it are left out.</summary>
    public Instant From { get; }

    /// <summary>Gets the sessions moved, added or cancelled, in order of their date: what to tell the client first.</summary>
    public ImmutableArray<CareSessionChange> Sessions { get; }

    /// <summary>
    /// Gets the stretches that differ from <see cref="From"/> on, a rule's together (the rules in order of their first
    /// change from <see cref="From"/> on, so what holds then comes first, then in the protocol's order; each rule's in
    /// order of their start): a key in both whose span or status differs after
    /// <see cref="From"/> is <see cref="CareStretchChangeKind.Moved"/>; a new key is <see cref="CareStretchChangeKind.Added"/>
    /// unless what the client was told and still holds (the earlier revision's stretches that did not change) already
    /// gives the rule that status then; a key gone is <see cref="CareStretchChangeKind.Removed"/> only for the time in which
    /// the later revision does not give the rule that status, so a rule that goes on under another key is never told as
    /// ended.
    /// </summary>
    public ImmutableArray<CareStretchChange> Changes { get; }

    /// <summary>Gets the notices of the earlier revision still ahead (at or after <see cref="From"/>) whose key has no notice ahead in the later one: reminders to cancel.</summary>
    public ImmutableArray<CareNotice> Cancel { get; }

    /// <summary>Gets the notices of the later revision ahead whose key the earlier one had (ahead or already told) with another instant or sentence: reminders to send again under the same key.</summary>
    public ImmutableArray<CareNotice> Reissue { get; }

    /// <summary>Gets the notices of the later revision ahead whose key the earlier one never had: reminders to send.</summary>
    public ImmutableArray<CareNotice> Issue { get; }

    /// <summary>Gets whether nothing the client is told changes.</summary>
    public bool IsEmpty => Sessions.IsEmpty && Changes.IsEmpty && Cancel.IsEmpty && Reissue.IsEmpty && Issue.IsEmpty;
}
