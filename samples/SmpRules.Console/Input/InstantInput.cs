using System.Linq;
using NodaTime;
using NodaTime.TimeZones;

namespace SmpRules.Cli.Input;

/// <summary>An instant as given: either absolute (UTC or with an offset) or a local date and time to resolve in the plan's zone.</summary>
internal sealed record InstantInput(string Text, Instant? Absolute, LocalDateTime? Local)
{
    /// <summary>Resolves the instant; a local time in a daylight-saving gap is a problem, an ambiguous one means the earlier instant.</summary>
    public Instant? Resolve(DateTimeZone zone, InputProblems problems)
    {
        if (Absolute is { } absolute)
        {
            return HasLocalDate(absolute, zone, problems);
        }

        LocalDateTime local = Local!.Value;
        ZoneLocalMapping mapping = zone.MapLocal(local);
        if (mapping.Count == 0)
        {
            problems.Add($"The instant '{Text}' does not exist in {zone.Id}: the clocks go forward over it; give a time outside the gap or one with an offset.");
            return null;
        }

        try
        {
            return HasLocalDate(mapping.First().ToInstant(), zone, problems);
        }
        catch (System.OverflowException)
        {
            return OutOfRange(zone, problems);
        }
    }

    /// <summary>The instant, if it has a local date in the zone (every instant but those within hours of the ends of time).</summary>
    private Instant? HasLocalDate(Instant instant, DateTimeZone zone, InputProblems problems)
    {
        try
        {
            _ = instant.InZone(zone).Date;
            return instant;
        }
        catch (System.Exception e) when (e is System.OverflowException or System.ArgumentOutOfRangeException)
        {
            return OutOfRange(zone, problems);
        }
    }

    private Instant? OutOfRange(DateTimeZone zone, InputProblems problems)
    {
        problems.Add($"The instant '{Text}' lies too close to the ends of time to have a date in {zone.Id}; give one between the years -9998 and 9999.");
        return null;
    }
}
