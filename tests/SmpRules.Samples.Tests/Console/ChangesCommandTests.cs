using System.Text.Json;
using System.Threading.Tasks;
using SmpRules.Protocols;
using SmpRules.Samples.Tests.Support;

namespace SmpRules.Samples.Tests.Console;

public class ChangesCommandTests
{
    private static readonly string MovedBefore = "--was-session";

    [Fact]
    public async Task Changes_Text_ListsWhatChangesOnDay5OfTheWorkedExample()
    {
        // DOMAIN.md: from 2026-11-25 00:00 (day 5) shampoo, moisturize and controlled exercise apply; the dry period ends.
        SmpCareRun run = (await SmpCare.RunAsync(["changes", "--from", "2026-11-24", "--to", "2026-11-26", .. SmpCare.London])).ShouldSucceed();

        string Text(string id) => StandardProtocol.Instance.Rules.Single(r => r.Id == id).Text.Default;
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "2026-11-25 00:00",
            "  ended     From 2026-11-25, this restriction ends: " + Text(StandardProtocol.RuleIds.KeepScalpDry),
            "  ended     From 2026-11-25, this is no longer expected: " + Text(StandardProtocol.RuleIds.RednessAndItching),
            "  resumed   From 2026-11-25, again: " + Text(StandardProtocol.RuleIds.ShampooAndCondition),
            "  resumed   From 2026-11-25, again: " + Text(StandardProtocol.RuleIds.Moisturize),
            "  resumed   From 2026-11-25, again: " + Text(StandardProtocol.RuleIds.ControlledExercise));
    }

    [Fact]
    public async Task Changes_Json_HasAKeyKindInstantAndSentenceForEveryChange()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["changes", .. SmpCare.London, "--culture", "es", "--format", "json"])).ShouldSucceed();

        JsonElement json = run.Json();
        json.EnumerateObject().Select(p => p.Name).Should().Equal("zone", "from", "to", "notices");
        json.GetProperty("from").GetString().Should().Be("2026-11-20T10:00:00Z");
        json.GetProperty("to").ValueKind.Should().Be(JsonValueKind.Null);
        JsonElement[] notices = json.GetProperty("notices").EnumerateArray().ToArray();
        notices.Select(n => n.GetProperty("at").GetString()).Distinct().Should().Equal("2026-11-20T10:00:00Z", "2026-11-25T00:00:00Z", "2026-12-19T00:00:00Z");
        notices.Select(n => n.GetProperty("key").GetString()).Should().OnlyHaveUniqueItems();
        notices.Single(n => n.GetProperty("key").GetString() == "hygiene.shampoo-and-condition/applies/s1/start").GetProperty("sentence").GetString()
            .Should().StartWith("Desde el 2026-11-25, de nuevo: Sigue usando champú");
        notices.Single(n => n.GetProperty("key").GetString() == "hygiene.shampoo-and-condition/applies/s1/start").GetProperty("kind").GetString().Should().Be("resumed");
    }

    [Fact]
    public async Task Changes_WasSession_TellsTheSaunaEndMovesAndWhichRemindersToSendAgain()
    {
        SmpCareRun run = (await SmpCare.RunAsync("changes", "--from", "2026-11-22T12:00", "--zone", "Europe/London",
            "--session", "2026-11-20T10:00", "--session", "2026-12-08T10:00",
            MovedBefore, "2026-11-20T10:00", MovedBefore, "2026-12-01T10:00", "--format", "json")).ShouldSucceed();

        JsonElement json = run.Json();
        JsonElement sauna = json.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("rule").GetString() == StandardProtocol.RuleIds.NoSaunaOrSteam);
        sauna.GetProperty("kind").GetString().Should().Be("moved");
        sauna.GetProperty("wasEnd").GetString().Should().Be("2026-12-30T00:00:00Z");
        sauna.GetProperty("end").GetString().Should().Be("2027-01-06T00:00:00Z");
        sauna.GetProperty("sentence").GetString().Should().EndWith(" It now lasts through 2027-01-05 instead of through 2026-12-29.");
        JsonElement session = json.GetProperty("sessions").EnumerateArray().Single();
        session.GetProperty("kind").GetString().Should().Be("moved");
        session.GetProperty("was").GetString().Should().Be("2026-12-01T10:00:00Z");
        session.GetProperty("at").GetString().Should().Be("2026-12-08T10:00:00Z");
        session.GetProperty("sentence").GetString().Should().Be("Session 2 is now on 2026-12-08 10:00 (it was on 2026-12-01 10:00).");
        JsonElement reminders = json.GetProperty("reminders");
        reminders.GetProperty("cancel").GetArrayLength().Should().Be(0);
        reminders.GetProperty("reissue").EnumerateArray().Select(n => n.GetProperty("key").GetString())
            .Should().Contain("sweat-avoidance.no-sauna-or-steam/applies/s1/end");
    }

    [Fact]
    public async Task Changes_WasSession_Text_SaysWhatChangesAndTheReminders()
    {
        SmpCareRun run = (await SmpCare.RunAsync("changes", "--from", "2026-11-22T12:00", "--zone", "Europe/London",
            "--session", "2026-11-20T10:00", MovedBefore, "2026-11-20T10:00", MovedBefore, "2026-12-01T10:00")).ShouldSucceed();

        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("From 2026-11-22 12:00, what changes for the client:");
        lines[1].Should().Be("  session  Session 2 on 2026-12-01 10:00 is cancelled.");
        lines.Should().Contain(l => l.StartsWith("  removed  ", StringComparison.Ordinal) && l.Contains("The pause from 2026-12-01 10:00 through 2026-12-05 is cancelled.", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("Reminders: ", StringComparison.Ordinal) && !l.StartsWith("Reminders: 0 to cancel", StringComparison.Ordinal));
        lines.Should().Contain("  cancel 2026-12-01 10:00  dry-period.keep-scalp-dry/applies/s2/start");
    }

    [Fact]
    public async Task Changes_BadRange_SaysWhatIsWrong()
    {
        (await SmpCare.RunAsync(["changes", "--from", "banana", .. SmpCare.London])).ShouldFailWithBadInput(
            "error: The --from value 'banana' is not a date (2026-11-24), a local date and time (2026-11-24T18:00), UTC (2026-11-24T18:00:00Z) or a time with an offset (2026-11-24T19:00+01:00).");
        (await SmpCare.RunAsync(["changes", "--from", "2026-11-26", "--to", "2026-11-25", .. SmpCare.London])).ShouldFailWithBadInput(
            "error: The range is empty: --to 2026-11-25 is not later than --from 2026-11-26.");
        (await SmpCare.RunAsync(["changes", "--from", "2026-03-29T01:30", .. SmpCare.London])).ExitCode.Should().Be(2, "a local time in a DST gap is refused");
        (await SmpCare.RunAsync(["changes", "--to", "2026-12-24", .. SmpCare.London, MovedBefore, "2026-11-20T10:00"])).ShouldFailWithBadInput(
            "error: --to 2026-12-24 cannot go with --was-session: what a revision changes is reported from --from (default: now) on, with no end.");
    }

    [Fact]
    public async Task Changes_AtALocalTimeTheClocksGiveTwice_NameTheInstantByItsOffset()
    {
        // DOMAIN.md: a session at an ambiguous local time (01:30 on 2026-11-01 in New York, when the clocks go back) is the
        // earlier of the two instants, at UTC-04:00. The text says which 01:30 it is, in the heading and in the JSON.
        string[] plan = ["--zone", "America/New_York", "--session", "2026-11-01T01:30", "--from", "2026-11-01", "--to", "2026-11-02"];
        SmpCareRun run = (await SmpCare.RunAsync(["changes", .. plan])).ShouldSucceed();
        run.Output.Split('\n')[0].Should().Be("2026-11-01 01:30 UTC-04:00");

        JsonElement json = (await SmpCare.RunAsync(["changes", .. plan, "--format", "json"])).ShouldSucceed().Json();
        json.GetProperty("notices").EnumerateArray().First().GetProperty("local").GetString().Should().Be("2026-11-01 01:30 UTC-04:00");
    }

    [Fact]
    public async Task Changes_WasSession_LongAfterTheCourse_SaysTheAftercareDoesNotChange()
    {
        // On 2027-06-01 both plans say the same from then on (washing and moisturizing for good): only the session moved.
        SmpCareRun run = (await SmpCare.RunAsync("changes", "--from", "2027-06-01", "--zone", "Europe/London",
            "--session", "2026-11-20T10:00", "--session", "2026-12-08T10:00", MovedBefore, "2026-11-20T10:00", MovedBefore, "2026-12-01T10:00")).ShouldSucceed();

        run.Output.Split('\n')[..3].Should().Equal(
            "From 2027-06-01 00:00, what changes for the client:",
            "  session  Session 2 is now on 2026-12-08 10:00 (it was on 2026-12-01 10:00).",
            "  Nothing in the aftercare changes from then on.");
    }
}
