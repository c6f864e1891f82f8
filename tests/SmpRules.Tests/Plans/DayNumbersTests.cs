using SmpRules.Plans;
using SmpRules.Utility;

namespace SmpRules.Tests.Plans;

/// <summary>Day numbers, which the point questions compare instead of dates, agree with NodaTime's own day counting.</summary>
public sealed class DayNumbersTests
{
    [Fact]
    public void Of_DatesAcrossNodaTimesWholeRange_CountDaysAsNodaTimeDoes()
    {
        var epoch = new LocalDate(1970, 1, 1);
        var random = new Random(1970);
        var dates = new List<LocalDate> { epoch, new(2000, 2, 29), new(1900, 3, 1), new(1, 1, 1), new(0, 12, 31), new(-400, 2, 29), new(9999, 12, 31), new(-9998, 1, 1) };
        for (int i = 0; i < 5000; i++)
        {
            dates.Add(new LocalDate(-9998, 1, 1).PlusDays(random.Next(0, 7_304_000)));
        }

        foreach (LocalDate date in dates)
        {
            DayNumbers.Of(date).Should().Be(Period.DaysBetween(epoch, date), $"{date}");
        }
    }

    [Fact]
    public void ToDate_EveryDayNumberTried_IsTheDateOfThatNumber()
    {
        var random = new Random(4);
        var numbers = new List<int> { 0, -1, 1, 59, 60, -719468, DayNumbers.MinIsoDay, DayNumbers.MaxIsoDay, DayNumbers.Of(new LocalDate(2000, 2, 29)), DayNumbers.Of(new LocalDate(1900, 3, 1)) };
        for (int i = 0; i < 5000; i++)
        {
            numbers.Add(random.Next(DayNumbers.MinIsoDay, DayNumbers.MaxIsoDay + 1));
        }

        foreach (int number in numbers)
        {
            LocalDate date = DayNumbers.ToDate(number);
            DayNumbers.Of(date).Should().Be(number);
            date.Should().Be(new LocalDate(1970, 1, 1).PlusDays(number));
        }

        DayNumbers.ToDate(DayNumbers.MinIsoDay).Should().Be(LocalDate.MinIsoValue);
        DayNumbers.ToDate(DayNumbers.MaxIsoDay).Should().Be(LocalDate.MaxIsoValue);
    }

    [Fact]
    public void TryOfLocal_InstantsInManyZones_CountTheirLocalDateAsNodaTimeDoes()
    {
        var random = new Random(5);
        string[] zones = ["UTC", "Europe/London", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/St_Johns", "Asia/Kathmandu", "America/Santiago", "Etc/GMT-14", "Etc/GMT+12"];
        foreach (string id in zones)
        {
            DateTimeZone zone = DateTimeZoneProviders.Tzdb[id];
            var instants = new List<Instant> { Instant.FromUtc(1970, 1, 1, 0, 0), Instant.FromUtc(1969, 12, 31, 23, 59, 59), Instant.FromUtc(2026, 10, 25, 1, 30), Instant.FromUnixTimeTicks(-1), Instant.FromUnixTimeTicks(1) };
            for (int i = 0; i < 1000; i++)
            {
                instants.Add(Instant.FromUnixTimeTicks(random.NextInt64(-62_000_000_000L, 250_000_000_000L) * NodaConstants.TicksPerSecond / 1000 + random.Next(0, 10_000)));
            }

            foreach (Instant instant in instants)
            {
                DayNumbers.TryOfLocal(instant, zone, out int day).Should().BeTrue();
                day.Should().Be(DayNumbers.Of(instant.InZone(zone).Date), $"{instant} in {id}");
            }
        }
    }

    [Fact]
    public void TryOfLocal_AtTheEndsOfTime_IsFalseWhereTheLocalDateDoesNotExist()
    {
        DateTimeZone ahead = DateTimeZoneProviders.Tzdb["Etc/GMT-14"];
        DateTimeZone behind = DateTimeZoneProviders.Tzdb["Etc/GMT+12"];

        DayNumbers.TryOfLocal(Instant.MaxValue, ahead, out _).Should().BeFalse();
        DayNumbers.TryOfLocal(Instant.MinValue, behind, out _).Should().BeFalse();
        DayNumbers.TryOfLocal(Instant.MaxValue, DateTimeZone.Utc, out int last).Should().BeTrue();
        last.Should().Be(DayNumbers.MaxIsoDay);
        DayNumbers.TryOfLocal(Instant.MinValue, DateTimeZone.Utc, out int first).Should().BeTrue();
        first.Should().Be(DayNumbers.MinIsoDay);
    }

    [Fact]
    public void Of_AnotherCalendar_CountsTheSameDay()
    {
        LocalDate iso = new(2026, 11, 20);

        DayNumbers.Of(iso.WithCalendar(CalendarSystem.Julian)).Should().Be(DayNumbers.Of(iso));
    }

    [Fact]
    public void OfUtc_LocalTimesReadAsUtc_CountTheirDateAsOfDoes()
    {
        var random = new Random(2026);
        var locals = new List<LocalDateTime> { new(1970, 1, 1, 0, 0), new(1969, 12, 31, 23, 59, 59), new(1, 1, 1, 0, 0), new(-9998, 1, 1, 0, 0), new(9999, 12, 31, 23, 59, 59) };
        for (int i = 0; i < 5000; i++)
        {
            locals.Add(new LocalDate(-9998, 1, 1).PlusDays(random.Next(0, 7_304_000)).At(LocalTime.FromTicksSinceMidnight(random.NextInt64(0, NodaConstants.TicksPerDay))));
        }

        foreach (LocalDateTime local in locals)
        {
            DayNumbers.OfUtc(local.InUtc().ToInstant()).Should().Be(DayNumbers.Of(local.Date), $"{local}");
        }
    }

    [Fact]
    public void SessionDayNumber_InAnyZone_IsTheDayNumberOfItsLocalDate()
    {
        var random = new Random(11);
        string[] zones = ["Pacific/Kiritimati", "Pacific/Pago_Pago", "America/St_Johns", "Europe/London", "Asia/Kathmandu"];
        foreach (string zone in zones)
        {
            for (int i = 0; i < 200; i++)
            {
                LocalDateTime local = new LocalDate(1, 1, 1).PlusDays(random.Next(0, 3_000_000)).At(new LocalTime(random.Next(0, 24), random.Next(0, 60)));
                CarePlan plan;
                try
                {
                    plan = CarePlan.Create(zone, local);
                }
                catch (CarePlanException)
                {
                    continue; // In a gap.
                }

                plan.FirstSession.DayNumber.Should().Be(DayNumbers.Of(local.Date), $"{local} in {zone}");
            }
        }
    }
}
