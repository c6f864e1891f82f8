using System.Linq;
using NodaTime;
using NodaTime.TimeZones;

namespace SmpRules.Web.Input;

/// <summary>An instant as given: either absolute (UTC or with an offset) or a local date and time to resolve in the plan's zone.</summary>
internal sealed record InstantInput(string Text, Instant? Absolute, LocalDateTime? Local)
{
    /// <summary>Resolves the instant; a local time in a daylight-saving gap is a problem, an ambiguous one means the earlier instant.</summary>
    public Instant? Resolve(DateTimeZone zone, InputProblems problems)
    {
        if (Absolute is { } absolute)
        {
            return absolute;
        }

        ZoneLocalMapping mapping = zone.MapLocal(Local!.Value);
        if (mapping.Count == 0)
        {
            problems.Add("instant", $"The instant '{Text}' does not exist in {zone.Id}: the clocks go forward over it; give a time outside the gap or one with an offset.");
            return null;
        }

        return mapping.First().ToInstant();
    }
}
