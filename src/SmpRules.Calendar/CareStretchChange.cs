using SmpRules.Rules;

namespace SmpRules.Calendar;

/// <summary>One stretch that differs between two revisions of a plan, and the sentence that tells the client.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CareStretchChange
{
    internal CareStretchChange(CareStretchChangeKind kind, CareStretch? before, CareStretch? after, string sentence)
    {
        Kind = kind;
        Before = before;
        After = after;
        Sentence = sentence;
    }

    /// <summary>Gets how the stretch differs.</summary>
    public CareStretchChangeKind Kind { get; }

    /// <summary>Gets the stretch in the earlier revision, or <see langword="null"/> when it was <see cref="CareStretchChangeKind.Added"/>.</summary>
    public CareStretch? Before { get; }

    /// <summary>Gets the stretch in the later revision, or <see langword="null"/> when it was <see cref="CareStretchChangeKind.Removed"/>.</summary>
    public CareStretch? After { get; }

    /// <summary>Gets the stretch's key (the same in both revisions).</summary>
    public string Key => (After ?? Before)!.Key;

    /// <summary>Gets the rule.</summary>
    public CareRule Rule => (After ?? Before)!.Rule;

    /// <summary>Gets the client-facing sentence, such as <c>Stay out of saunas and steam rooms… It now lasts through 2027-01-05 instead of through 2026-12-29.</c></summary>
    public string Sentence { get; }

    /// <summary>Returns the key and the sentence.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Key} ({Kind}): {Sentence}";
}
