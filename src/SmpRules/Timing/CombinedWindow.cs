using System;
using System.Collections.Generic;
using SmpRules.Scheduling;

namespace SmpRules.Timing;

/// <summary>Two windows combined by a union, an intersection or a difference.</summary>
/// <remarks>Create one with <see cref="CareWindow.Union"/>, <see cref="CareWindow.Intersect"/> or <see cref="CareWindow.Except"/>. Immutable and thread-safe.</remarks>
public sealed class CombinedWindow : CareWindow
{
    /// <summary>The description, made once (the window is immutable): explanations quote it in every answer.</summary>
    private string? _description;

    internal CombinedWindow(WindowOperation operation, CareWindow left, CareWindow right)
    {
        if (operation is < WindowOperation.Union or > WindowOperation.Difference)
        {
            throw new ArgumentOutOfRangeException(nameof(operation), operation, "The operation must be Union, Intersection or Difference.");
        }

        Operation = operation;
        Left = left;
        Right = right;
    }

    /// <summary>Gets how the two windows combine.</summary>
    public WindowOperation Operation { get; }

    /// <summary>Gets the left window.</summary>
    public CareWindow Left { get; }

    /// <summary>Gets the right window (for a difference, the one taken away).</summary>
    public CareWindow Right { get; }

    /// <inheritdoc />
    public override CareWindow ShiftDays(int days) => new CombinedWindow(Operation, Left.ShiftDays(days), Right.ShiftDays(days));

    /// <inheritdoc />
    public override CareWindow ShiftHours(int hours) => new CombinedWindow(Operation, Left.ShiftHours(hours), Right.ShiftHours(hours));

    /// <inheritdoc />
    public override bool Equals(CareWindow? other) =>
        other is CombinedWindow w && w.Operation == Operation && w.Left.Equals(Left) && w.Right.Equals(Right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Operation, Left, Right);

    /// <summary>Returns an invariant description such as <c>(days 0 to 4 of each session) except (hours 0 to 24 of each session)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => _description ??= Describe();

    private string Describe()
    {
        string op = Operation switch
        {
            WindowOperation.Intersection => "and",
            WindowOperation.Difference => "except",
            _ => "or",
        };
        return $"({Left}) {op} ({Right})";
    }

    internal override void CollectProblems(List<string> problems)
    {
        Left.CollectProblems(problems);
        Right.CollectProblems(problems);
    }

    internal override int GoverningAt(in InstantQuery query)
    {
        // The same tags as Piece.Combine, at one instant.
        int left = Left.GoverningAt(query);
        int right = Right.GoverningAt(query);
        return Operation switch
        {
            WindowOperation.Union => Math.Max(left, right),
            WindowOperation.Intersection => left >= 0 && right >= 0 ? Math.Max(left, right) : -1,
            _ => left >= 0 && right < 0 ? left : -1,
        };
    }

    internal override List<Piece> Evaluate(PlanContext plan) =>
        Piece.Combine(Left.Evaluate(plan), Right.Evaluate(plan), Operation);
}
