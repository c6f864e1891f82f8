using System.Threading.Tasks;
using SmpRules.Samples.Tests.Support;

namespace SmpRules.Samples.Tests.Console;

public class SmpCareAppTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("day --help")]
    [InlineData("on --help")]
    [InlineData("at --help")]
    [InlineData("now --help")]
    [InlineData("timeline --help")]
    [InlineData("protocol --help")]
    [InlineData("protocol show --help")]
    [InlineData("protocol validate --help")]
    public async Task Help_EveryCommand_ShowsUsageAndExamples(string args)
    {
        SmpCareRun run = (await SmpCare.RunAsync(args.Split(' '))).ShouldSucceed();

        string command = string.Concat(args.Split(' ').Where(a => a != "--help").Select(a => a + " "));
        run.Output.Should().Contain("Usage:\n  smp-care " + command);
        run.Output.Should().Contain("Examples:\n  smp-care " + (command.Length == 0 ? "day " : command));
    }

    [Fact]
    public async Task Run_NoCommand_ExitsTwoWithHint()
    {
        SmpCareRun run = await SmpCare.RunAsync();

        run.ShouldFailWithBadInput("error: Required command was not provided.", "Run 'smp-care --help' for usage and examples.");
    }

    [Fact]
    public async Task Run_UnknownOption_ExitsTwoWithHint()
    {
        SmpCareRun run = await SmpCare.RunAsync(["day", "2", .. SmpCare.London, "--colour", "red"]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Contain("error: Unrecognized command or argument '--colour'.");
        run.ErrorLines.Should().EndWith("Run 'smp-care day --help' for usage and examples.");
    }

    [Fact]
    public async Task Run_NoSession_ExitsTwoSayingASessionIsNeeded()
    {
        SmpCareRun run = await SmpCare.RunAsync("day", "2", "--zone", "Europe/London");

        run.ShouldFailWithBadInput("error: A session is needed: give at least one --session with the local date and time of a treatment session, such as --session 2026-11-20T10:00.");
    }

    [Fact]
    public async Task Run_UnknownZone_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync("day", "2", "--zone", "Europe/Atlantis", "--session", "2026-11-20T10:00");

        run.ShouldFailWithBadInput("error: The time zone 'Europe/Atlantis' is not a known IANA time zone id; use one such as 'Europe/London' or 'America/New_York'.");
    }

    [Fact]
    public async Task Run_MalformedSession_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync("day", "2", "--zone", "Europe/London", "--session", "2026-11-20 10:00");

        run.ShouldFailWithBadInput("error: The session '2026-11-20 10:00' is not a local date and time in the form yyyy-MM-ddTHH:mm, such as 2026-11-20T10:00.");
    }

    [Fact]
    public async Task Run_SessionInTheSpringGap_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync("day", "2", "--zone", "Europe/London", "--session", "2027-03-28T01:30");

        run.ShouldFailWithBadInput("error: The session at 2027-03-28T01:30 (position 1) does not exist in Europe/London: the clocks go forward from 01:00 to 02:00 on 2027-03-28.");
    }

    [Fact]
    public async Task Run_TwoSessionsAtOneInstant_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync("day", "2", "--zone", "Europe/London", "--session", "2026-11-20T10:00", "--session", "2026-11-20T10:00");

        run.ShouldFailWithBadInput("error: The sessions at positions 1 and 2 fall on the same instant, 2026-11-20T10:00:00Z; a plan cannot have two sessions at one instant.");
    }

    [Fact]
    public async Task Run_MalformedFact_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync(["day", "2", .. SmpCare.London, "--fact", "very-fair"]);

        run.ShouldFailWithBadInput("error: The fact 'very-fair' is not in the form key=value, such as skin-type=very-fair.");
    }

    [Fact]
    public async Task Run_WellFormedFacts_AreAccepted()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["day", "2", .. SmpCare.London, "--fact", "skin-type=very-fair", "--fact", "scabs=yes", "--format", "json"])).ShouldSucceed();

        run.Json().ShouldMatch(Schedules.London, Schedules.London.OnCourseDay(2));
    }

    [Fact]
    public async Task Run_UnknownCulture_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync(["day", "2", .. SmpCare.London, "--culture", "xx-Nowhere"]);

        run.ShouldFailWithBadInput("error: The culture 'xx-Nowhere' is not a culture name .NET knows; use one such as en, es or es-MX.");
    }

    [Fact]
    public async Task Run_UnknownFormat_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync(["day", "2", .. SmpCare.London, "--format", "xml"]);

        run.ShouldFailWithBadInput("error: The format 'xml' is not known; use text or json.");
    }

    [Fact]
    public async Task Run_SeveralProblems_ReportsEachOnItsOwnLine()
    {
        SmpCareRun run = await SmpCare.RunAsync("on", "2026-02-30", "--zone", "Mars/Olympus", "--session", "tomorrow", "--fact", "x", "--format", "yaml");

        run.ShouldFailWithBadInput(
            "error: The date '2026-02-30' is not a date in the form yyyy-MM-dd, such as 2026-11-22: 2026-02 has 28 days.",
            "error: The format 'yaml' is not known; use text or json.",
            "error: The time zone 'Mars/Olympus' is not a known IANA time zone id; use one such as 'Europe/London' or 'America/New_York'.",
            "error: The session 'tomorrow' is not a local date and time in the form yyyy-MM-ddTHH:mm, such as 2026-11-20T10:00.",
            "error: The fact 'x' is not in the form key=value, such as skin-type=very-fair.");
    }

    [Fact]
    public async Task Run_OutputCannotBeWritten_ExitsOneWithShortMessageAndNoStackTrace()
    {
        SmpCareRun run = await SmpCare.RunWithOutputToAsync("/dev/full", ["day", "2", .. SmpCare.London]);

        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().Equal("error: something unexpected went wrong (IOException): No space left on device");
    }
}
