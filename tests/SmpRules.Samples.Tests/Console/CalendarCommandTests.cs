using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using SmpRules.Calendar;
using SmpRules.Samples.Tests.Support;

namespace SmpRules.Samples.Tests.Console;

public class CalendarCommandTests
{
    private static readonly string[] TwoSessions = [.. SmpCare.London, "--session", "2026-12-01T10:00"];

    [Fact]
    public async Task Calendar_Out_WritesAnICalendarFileWhoseEventsAreTheLibrarysStretches()
    {
        string file = Path.Combine(Path.GetTempPath(), $"smp-care-{Guid.NewGuid():N}.ics");
        try
        {
            SmpCareRun run = (await SmpCare.RunAsync(["calendar", "--out", file, .. TwoSessions])).ShouldSucceed();

            run.Output.Should().Be($"Wrote 18 events (18 current, 0 cancelled; 0 with a reminder) to {file}.\n");
            string text = await File.ReadAllTextAsync(file);
            text.Should().StartWith("BEGIN:VCALENDAR\r\n");
            var calendar = Ical.Net.Calendar.Load(text)!;
            var stretches = CareRevisions.Of(Schedules.LondonTwoSessions).Stretches;
            calendar.Events.Select(e => e.Uid!.Split('/')[..^1]).Select(parts => string.Join('/', parts))
                .Should().BeEquivalentTo(stretches.Select(s => s.Key));
            foreach (CareStretch s in stretches)
            {
                var e = calendar.Events.Single(e => e.Uid!.StartsWith(s.Key + "/", StringComparison.Ordinal));
                Instant start = e.DtStart!.HasTime
                    ? Instant.FromDateTimeUtc(DateTime.SpecifyKind(e.DtStart.AsUtc, DateTimeKind.Utc))
                    : Schedules.LondonTwoSessions.Zone.AtStartOfDay(new LocalDate(e.DtStart.Year, e.DtStart.Month, e.DtStart.Day)).ToInstant();
                start.Should().Be(s.Start, s.Key);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Calendar_WithoutOut_PrintsTheSameTextTwiceButForTheStamp()
    {
        SmpCareRun first = (await SmpCare.RunAsync(["calendar", .. TwoSessions, "--culture", "es", "--remind", "do", "--remind-before", "6h"])).ShouldSucceed();
        SmpCareRun second = (await SmpCare.RunAsync(["calendar", .. TwoSessions, "--culture", "es", "--remind", "do", "--remind-before", "6h"])).ShouldSucceed();

        static string WithoutStamps(string ics) => string.Join("\r\n", ics.Split("\r\n").Where(l => !l.StartsWith("DTSTAMP:", StringComparison.Ordinal)));
        WithoutStamps(second.Output).Should().Be(WithoutStamps(first.Output));
        first.Output.Should().Contain("SUMMARY:Mantén el cuero cabelludo seco\r\n").And.Contain("TRIGGER:-PT6H\r\n");
    }

    [Fact]
    public async Task Calendar_WasSession_CancelsWhatIsGoneAndRaisesTheSequenceOfWhatMoved()
    {
        SmpCareRun run = (await SmpCare.RunAsync("calendar", "--zone", "Europe/London", "--session", "2026-11-20T10:00",
            "--was-session", "2026-11-20T10:00", "--was-session", "2026-12-01T10:00", "--format", "json")).ShouldSucceed();

        JsonElement[] events = run.Json().GetProperty("events").EnumerateArray().ToArray();
        string Uid(JsonElement e) => e.GetProperty("uid").GetString()!;
        events.Where(e => e.GetProperty("cancelled").GetBoolean()).Select(Uid).Should().Contain(u => u.StartsWith("dry-period.keep-scalp-dry/applies/s2/", StringComparison.Ordinal))
            .And.OnlyContain(u => u.Contains("/s2/", StringComparison.Ordinal));
        JsonElement sauna = events.Single(e => Uid(e).StartsWith("sweat-avoidance.no-sauna-or-steam/", StringComparison.Ordinal));
        sauna.GetProperty("sequence").GetInt32().Should().Be(1);
        sauna.GetProperty("end").GetString().Should().Be("2026-12-19T00:00:00Z", "with one session left, the healing phase ends on day 29 of the first");
    }

    [Fact]
    public async Task Calendar_BadOptions_AreAllSaidAtOnceWithExitCode2()
    {
        SmpCareRun run = await SmpCare.RunAsync(["calendar", .. SmpCare.London, "--remind", "sometimes", "--remind-before", "3d", "--calendar-id", "a b"]);

        run.ShouldFailWithBadInput(
            "error: The --remind directive 'sometimes' is not one of do, avoid, limit or expect.",
            "error: The --remind-before '3d' is not a duration in hours or minutes up to a week, such as 12h or 90m.",
            "error: The --calendar-id 'a b' must be 1 to 64 ASCII letters, digits, '.', '-' or '_', such as client-1042.");
    }

    [Fact]
    public async Task Calendar_UnwritableOut_SaysWhereAndWhy()
    {
        SmpCareRun run = await SmpCare.RunAsync(["calendar", "--out", "/nonexistent-folder/plan.ics", .. SmpCare.London]);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("error: Cannot write the calendar to '/nonexistent-folder/plan.ics': ").And.NotContain("   at ");
    }

    [Fact]
    public async Task Calendar_WasSessionInADstGap_SaysSo()
    {
        SmpCareRun run = await SmpCare.RunAsync(["calendar", .. SmpCare.London, "--was-session", "2026-03-29T01:30"]);

        run.ShouldFailWithBadInput("error: --was-session: The session at 2026-03-29T01:30 (position 1) does not exist in Europe/London: the clocks go forward from 01:00 to 02:00 on 2026-03-29.");
    }
}
