using System;
using NodaTime;
using SmpRules.Rules;

namespace SmpRules.Calendar;

/// <summary>
/// A change a client must hear about: at an instant one rule starts, is suspended, resumes or ends, with a stable key (for
/// a reminder already sent) and a client-facing sentence.
/// </summary>
/// <remarks>
/// <para>The key is the key of the stretch that starts at the instant followed by <c>/start</c>, or, for
/// <see cref="CareNoticeKind.Ended"/>, the key of the stretch that ends followed by <c>/end</c>. It stays the same across
/// revisions of a plan while the stretch exists, so a reminder can be moved rather than sent twice
/// (<see cref="CareRevisionReport.Reissue"/>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CareNotice
{
    internal CareNotice(string key, CareNoticeKind kind, Instant at, CareStretch stretch, string sentence)
    {
        Key = key;
        Kind = kind;
        At = at;
        Stretch = stretch;
        Sentence = sentence;
    }

    /// <summary>Gets the notice's key, such as <c>hygiene.shampoo-and-condition/applies/s1/start</c>.</summary>
    public string Key { get; }

    /// <summary>Gets what happens to the rule.</summary>
    public CareNoticeKind Kind { get; }

    /// <summary>Gets the instant it happens.</summary>
    public Instant At { get; }

    /// <summary>Gets the stretch that starts at <see cref="At"/> or, for <see cref="CareNoticeKind.Ended"/>, the one that ends there.</summary>
    public CareStretch Stretch { get; }

    /// <summary>Gets the rule.</summary>
    public CareRule Rule => Stretch.Rule;

    /// <summary>Gets the client-facing sentence in the culture asked for, such as <c>From 2026-11-25, again: Keep using shampoo…</c>.</summary>
    public string Sentence { get; }

    /// <summary>Returns the key and the sentence.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Key}: {Sentence}";

    /// <summary>Whether this notice says the same as another one (instant, kind and sentence).</summary>
    internal bool SaysTheSameAs(CareNotice other) =>
        At == other.At && Kind == other.Kind && string.Equals(Sentence, other.Sentence, StringComparison.Ordinal);
}
