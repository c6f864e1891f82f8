using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using SmpRules.Benchmarks.Answers;

// The NRules rules of NRulesStandard; NRules loads public top-level rule classes.
namespace SmpRules.Benchmarks.Baselines.StandardRules;

/// <summary>A kind of window of the Standard protocol.</summary>
public enum WindowKind
{
    /// <summary>Days 0 to 4 of each session.</summary>
    Dry,

    /// <summary>Days 0 to 28 of each session.</summary>
    Healing,

    /// <summary>From the first session on.</summary>
    First,
}

/// <summary>A window covers the instant, governed by a session.</summary>
public sealed record WindowCovers(WindowKind Kind, int Session);

/// <summary>A rule's outcome.</summary>
public sealed record RuleOutcome(int Rule, Verdict Verdict, int Session);

/// <summary>Days 0 to 4 of each session cover the instant.</summary>
public sealed class DryWindowRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EngineQuery q = null!;
        IEnumerable<EngineSession> covering = null!;
        When()
            .Match(() => q)
            .Query(() => covering, x => x
                .Match<EngineSession>(s => s.At <= q.Now, s => q.Today - s.Day <= 4)
                .Collect()
                .Where(c => c.Any()));
        Then().Do(ctx => ctx.Insert(new WindowCovers(WindowKind.Dry, covering.Max(s => s.Number))));
    }
}

/// <summary>Days 0 to 28 of each session cover the instant.</summary>
public sealed class HealingWindowRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EngineQuery q = null!;
        IEnumerable<EngineSession> covering = null!;
        When()
            .Match(() => q)
            .Query(() => covering, x => x
                .Match<EngineSession>(s => s.At <= q.Now, s => q.Today - s.Day <= 28)
                .Collect()
                .Where(c => c.Any()));
        Then().Do(ctx => ctx.Insert(new WindowCovers(WindowKind.Healing, covering.Max(s => s.Number))));
    }
}

/// <summary>The first session lies at or before the instant.</summary>
public sealed class FirstSessionRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EngineQuery q = null!;
        EngineSession first = null!;
        When()
            .Match(() => q)
            .Match(() => first, s => s.Number == 1, s => s.At <= q.Now);
        Then().Do(ctx => ctx.Insert(new WindowCovers(WindowKind.First, 1)));
    }
}

/// <summary>Keep the scalp dry, and expect redness: while a dry window covers the instant.</summary>
public sealed class DryPeriodRules : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        WindowCovers w = null!;
        When().Match(() => w, c => c.Kind == WindowKind.Dry);
        Then()
            .Do(ctx => ctx.Insert(new RuleOutcome(0, Verdict.Applies, w.Session)))
            .Do(ctx => ctx.Insert(new RuleOutcome(1, Verdict.Applies, w.Session)));
    }
}

/// <summary>Loose hat and no sauna: while a healing window covers the instant.</summary>
public sealed class HealingPhaseRules : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        WindowCovers w = null!;
        When().Match(() => w, c => c.Kind == WindowKind.Healing);
        Then()
            .Do(ctx => ctx.Insert(new RuleOutcome(2, Verdict.Applies, w.Session)))
            .Do(ctx => ctx.Insert(new RuleOutcome(5, Verdict.Applies, w.Session)));
    }
}

/// <summary>Shampoo and moisturizer apply from the first session when no dry window covers the instant.</summary>
public sealed class HygieneApplies : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        WindowCovers w = null!;
        When().Match(() => w, c => c.Kind == WindowKind.First).Not<WindowCovers>(c => c.Kind == WindowKind.Dry);
        Then()
            .Do(ctx => ctx.Insert(new RuleOutcome(3, Verdict.Applies, w.Session)))
            .Do(ctx => ctx.Insert(new RuleOutcome(4, Verdict.Applies, w.Session)));
    }
}

/// <summary>Shampoo and moisturizer are suspended while a dry window covers the instant.</summary>
public sealed class HygieneSuspended : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        WindowCovers w = null!;
        When().Match(() => w, c => c.Kind == WindowKind.First).Exists<WindowCovers>(c => c.Kind == WindowKind.Dry);
        Then()
            .Do(ctx => ctx.Insert(new RuleOutcome(3, Verdict.Suspended, w.Session)))
            .Do(ctx => ctx.Insert(new RuleOutcome(4, Verdict.Suspended, w.Session)));
    }
}

/// <summary>Controlled exercise applies in a healing window when no dry window covers the instant.</summary>
public sealed class ExerciseApplies : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        WindowCovers w = null!;
        When().Match(() => w, c => c.Kind == WindowKind.Healing).Not<WindowCovers>(c => c.Kind == WindowKind.Dry);
        Then().Do(ctx => ctx.Insert(new RuleOutcome(6, Verdict.Applies, w.Session)));
    }
}

/// <summary>Controlled exercise is suspended while a dry window covers the instant.</summary>
public sealed class ExerciseSuspended : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        WindowCovers w = null!;
        When().Match(() => w, c => c.Kind == WindowKind.Healing).Exists<WindowCovers>(c => c.Kind == WindowKind.Dry);
        Then().Do(ctx => ctx.Insert(new RuleOutcome(6, Verdict.Suspended, w.Session)));
    }
}
