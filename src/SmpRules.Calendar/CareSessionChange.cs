using SmpRules.Plans;

namespace SmpRules.Calendar;

/// <summary>
/// One session that differs between two revisions of a plan (moved, added or cancelled), and the sentence that tells the
/// client, such as <c>Session 2 is now on 2026-12-08 10:00 (it was on 2026-12-01 10:00).</c>: what a client reads before the
/// changes to their aftercare it causes.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CareSessionChange
{
    internal CareSessionChange(CareStretchChangeKind kind, CareSession? before, CareSession? after, string sentence)
    {
        Kind = kind;
        Before = before;
        After = after;
        Sentence = sentence;
    }

    /// <summary>Gets how the session differs: <see cref="CareStretchChangeKind.Moved"/>, <see cref="CareStretchChangeKind.Added"/> or <see cref="CareStretchChangeKind.Removed"/> (cancelled).</summary>
    public CareStretchChangeKind Kind { get; }

    /// <summary>Gets the session in the earlier revision, or <see langword="null"/> when it was added.</summary>
    public CareSession? Before { get; }

    /// <summary>Gets the session in the later revision, or <see langword="null"/> when it was cancelled.</summary>
    public CareSession? After { get; }

    /// <summary>Gets the client-facing sentence.</summary>
    public string Sentence { get; }

    /// <summary>Returns the kind and the sentence.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Kind}: {Sentence}";
}
