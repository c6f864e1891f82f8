using System.Text.Json;
using System.Threading.Tasks;
using SmpRules.Samples.Tests.Support;

namespace SmpRules.Samples.Tests.Console;

public class DayCommandTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(29)]
    public async Task Day_Json_MatchesLibraryAdviceFieldByField(int day)
    {
        SmpCareRun run = (await SmpCare.RunAsync(["day", day.ToString(System.Globalization.CultureInfo.InvariantCulture), .. SmpCare.London, "--format", "json"])).ShouldSucceed();

        JsonElement json = run.Json();
        json.EnumerateObject().Select(p => p.Name).Should().Equal("zone", "query", "courseDay", "advice");
        JsonElement query = json.GetProperty("query");
        query.GetProperty("kind").GetString().Should().Be("day");
        query.GetProperty("day").GetInt32().Should().Be(day);
        query.GetProperty("date").GetString().Should().Be(Schedules.London.DateOfCourseDay(day).ToString("uuuu-MM-dd", null));
        json.ShouldMatch(Schedules.London, Schedules.London.OnCourseDay(day));
    }

    [Fact]
    public async Task Day_WorkedExampleDayTwo_ReportsDryPeriodAndSuspensions()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["day", "2", .. SmpCare.London, "--format", "json"])).ShouldSucceed();

        JsonElement[] advice = run.Json().GetProperty("advice").EnumerateArray().ToArray();
        advice.Select(a => (a.GetProperty("ruleId").GetString(), a.GetProperty("status").GetString())).Should().Equal(
            ("dry-period.keep-scalp-dry", "applies"),
            ("dry-period.redness-and-itching", "applies"),
            ("dry-period.loose-hat", "applies"),
            ("hygiene.shampoo-and-condition", "suspended"),
            ("hydration.moisturize", "suspended"),
            ("sweat-avoidance.no-sauna-or-steam", "applies"),
            ("sweat-avoidance.controlled-exercise", "suspended"));
        JsonElement dry = advice[0];
        dry.GetProperty("from").GetString().Should().Be("2026-11-20T10:00:00Z");
        dry.GetProperty("until").GetString().Should().Be("2026-11-25T00:00:00Z");
        dry.GetProperty("session").GetInt32().Should().Be(1);
        dry.GetProperty("sessionDay").GetInt32().Should().Be(2);
        advice[3].GetProperty("suspendedBy").GetString().Should().Be("dry-period.keep-scalp-dry");
    }

    [Fact]
    public async Task Day_SecondSessionCourse_NamesTheLatestSessionAndItsDay()
    {
        SmpCareRun run = (await SmpCare.RunAsync("day", "13", "--zone", "Europe/London", "--session", "2026-11-20T10:00", "--session", "2026-12-01T10:00", "--format", "json")).ShouldSucceed();

        JsonElement json = run.Json();
        json.ShouldMatch(Schedules.LondonTwoSessions, Schedules.LondonTwoSessions.OnCourseDay(13));
        JsonElement dry = json.GetProperty("advice").EnumerateArray().First(a => a.GetProperty("ruleId").GetString() == "dry-period.keep-scalp-dry");
        (dry.GetProperty("session").GetInt32(), dry.GetProperty("sessionDay").GetInt32()).Should().Be((2, 2));
    }

    [Fact]
    public async Task Day_ShampooForGood_WritesNullUntil()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["day", "40", .. SmpCare.London, "--format", "json"])).ShouldSucceed();

        JsonElement[] advice = run.Json().GetProperty("advice").EnumerateArray().ToArray();
        advice.Select(a => a.GetProperty("ruleId").GetString()).Should().Equal("hygiene.shampoo-and-condition", "hydration.moisturize");
        advice.Should().OnlyContain(a => a.GetProperty("until").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Day_CultureSpanish_WritesSpanishTexts()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["day", "2", .. SmpCare.London, "--culture", "es-MX", "--format", "json"])).ShouldSucceed();

        run.Json().ShouldMatch(Schedules.London, Schedules.London.OnCourseDay(2), "es-MX");
        run.Output.Should().Contain("Mantén el cuero cabelludo seco");
    }

    [Fact]
    public async Task Day_Text_GroupsAdviceByFamilyWithStatusSessionDayUntilAndWhy()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["day", "2", .. SmpCare.London])).ShouldSucceed();

        string[] lines = run.Output.Split('\n').Select(l => l.TrimEnd()).ToArray();
        lines[0].Should().Be("Course day 2: Sunday, November 22, 2026 (Europe/London)");
        lines[1].Should().Be("Protocol Standard; session 1 on 2026-11-20 10:00.");
        lines.Where(l => l.Length > 0 && !l.StartsWith(' ')).Skip(2).Should().Equal("dry-period", "hygiene", "hydration", "sweat-avoidance");
        lines.Should().Contain("  applies    avoid      Keep your scalp dry: no washing, no moisturizer and no sweating for the first days after every session.");
        lines.Should().Contain("                        dry-period.keep-scalp-dry · session 1, day 2 · until 2026-11-25 00:00");
        lines.Should().Contain("  suspended  do         Keep using shampoo and conditioner when you shower: oil and dead skin build up with or without hair.");
        lines.Should().Contain("                        hygiene.shampoo-and-condition · session 1, day 2 · suspended by dry-period.keep-scalp-dry · resumes 2026-11-25 00:00");
        lines.Should().Contain("                        why: " + Schedules.London.OnCourseDay(2).Items[0].Explanation);
    }

    [Fact]
    public async Task Day_TextForGood_SaysForGood()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["day", "40", .. SmpCare.London])).ShouldSucceed();

        run.Output.Should().Contain("hygiene.shampoo-and-condition · session 1, day 40 · for good");
    }

    [Fact]
    public async Task Day_TextBeforeTheCourse_SaysNothingApplies()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["day", "-1", .. SmpCare.London])).ShouldSucceed();

        run.Output.Should().Contain("Nothing applies on this day.");
    }

    [Fact]
    public async Task Day_NotANumber_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync(["day", "two", .. SmpCare.London]);

        run.ShouldFailWithBadInput("error: The course day 'two' is not a whole number, such as 2 (day 0 is the first session's date; negative days lie before it).");
    }

    [Fact]
    public async Task Day_TooFarFromTheCourse_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync(["day", "40000", .. SmpCare.London]);

        run.ShouldFailWithBadInput("error: The course day 40000 is too far from the first session; give a day between -36524 and 36524.");
    }

    [Fact]
    public async Task Day_MissingDay_ExitsTwoWithMessageAndHint()
    {
        SmpCareRun run = await SmpCare.RunAsync(["day", .. SmpCare.London]);

        run.ShouldFailWithBadInput("error: Required argument missing for command: 'day'.", "Run 'smp-care day --help' for usage and examples.");
    }

    [Fact]
    public async Task Day_ClinicCallsSessionDayOne_TextShowsClinicDaysAndJsonEngineDays()
    {
        string evoke = Repository.File("samples/protocols/evoke-smp.json");

        SmpCareRun text = (await SmpCare.RunAsync(["day", "3", .. SmpCare.London, "--protocol", evoke])).ShouldSucceed();
        SmpCareRun json = (await SmpCare.RunAsync(["day", "3", .. SmpCare.London, "--protocol", evoke, "--format", "json"])).ShouldSucceed();

        var schedule = SmpRules.Protocols.Json.CareProtocolJson.LoadFile(evoke).Apply(Schedules.London.Plan);
        json.Json().ShouldMatch(schedule, schedule.OnCourseDay(3));
        json.Json().GetProperty("advice").EnumerateArray().Should().OnlyContain(a => a.GetProperty("sessionDay").GetInt32() == 3);
        text.Output.Should().StartWith("Course day 3: Monday, November 23, 2026 (Europe/London)\nProtocol Evoke SMP; session 1 on 2026-11-20 10:00.\n");
        text.Output.Should().Contain(" · session 1, day 4 · ").And.NotContain(" · session 1, day 3 · ");
    }
}
