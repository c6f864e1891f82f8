using NodaTime;

namespace SmpRules.Cli.Output;

/// <summary>What a query command asked, as the JSON <c>query</c> object and the text heading show it.</summary>
internal sealed record AdviceQuery(string Kind, int? Day, LocalDate? Date, Instant? Instant)
{
    public static AdviceQuery ForDay(int day, LocalDate date) => new("day", day, date, null);

    public static AdviceQuery ForDate(LocalDate date) => new("on", null, date, null);

    public static AdviceQuery ForInstant(Instant instant) => new("at", null, null, instant);

    public static AdviceQuery ForNow(Instant instant) => new("now", null, null, instant);
}
