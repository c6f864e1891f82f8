using System.Threading.Tasks;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;
using SmpRules.Samples.Tests.Support;

namespace SmpRules.Samples.Tests.Console;

public class ProtocolCommandTests
{
    [Fact]
    public async Task Show_Standard_ListsEveryRuleWithWindowPrecedenceAndText()
    {
        SmpCareRun run = (await SmpCare.RunAsync("protocol", "show")).ShouldSucceed();

        string[] lines = run.Output.Split('\n').Select(l => l.TrimEnd()).ToArray();
        lines[0].Should().Be("Protocol Standard: 7 rules; texts in en (translations: es); the session day is day 0.");
        lines[1].Should().Be(StandardProtocol.Instance.Description);
        lines.Where(l => l.Length > 0 && !l.StartsWith(' ')).Skip(2).Should().Equal(
            StandardProtocol.Instance.Rules.Select(r => $"{r.Id} ({r.Family.Name}, {r.Directive.ToString().ToLowerInvariant()})"));
        lines.Should().ContainInOrder(
            "hygiene.shampoo-and-condition (hygiene, do)",
            "  activities:   washing",
            "  window:       day 0 onwards of the first session",
            "  suspended by: dry-period.keep-scalp-dry",
            "  text:         " + StandardProtocol.ShampooAndCondition.Text.Default);
    }

    [Fact]
    public async Task Show_CultureSpanish_ShowsSpanishTexts()
    {
        SmpCareRun run = (await SmpCare.RunAsync("protocol", "show", "--culture", "es")).ShouldSucceed();

        run.Output.Should().Contain("  text:         " + StandardProtocol.KeepScalpDry.Text.Resolve("es") + "\n");
    }

    [Fact]
    public async Task Show_UnknownFormat_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync("protocol", "show", "--format", "yaml");

        run.ShouldFailWithBadInput("error: The format 'yaml' is not known; use text or json.");
    }

    [Fact]
    public async Task Protocol_NoSubcommand_ExitsTwoWithHint()
    {
        SmpCareRun run = await SmpCare.RunAsync("protocol");

        run.ShouldFailWithBadInput("error: Required command was not provided.", "Run 'smp-care protocol --help' for usage and examples.");
    }

    [Fact]
    public async Task Validate_NoFile_ExitsTwoWithHint()
    {
        SmpCareRun run = await SmpCare.RunAsync("protocol", "validate");

        run.ShouldFailWithBadInput("error: Required argument missing for command: 'validate'.", "Run 'smp-care protocol validate --help' for usage and examples.");
    }

    private const string BrokenDocument = """
        {
          "formatVersion": 1,
          "name": "Broken",
          "rules": [
            { "id": "hygiene.rinse", "family": "hygiene", "directive": "sometimes", "window": { "anchor": "each-session", "fromDay": 0, "toDay": 4 }, "text": "Rinse.", "colour": 1 }
          ]
        }
        """;

    [Fact]
    public async Task Show_Json_IsTheLibrarysDocumentOfTheProtocol()
    {
        SmpCareRun run = (await SmpCare.RunAsync("protocol", "show", "--format", "json")).ShouldSucceed();

        run.Output.TrimEnd().Should().Be(CareProtocolJson.Serialize(StandardProtocol.Instance).TrimEnd());
        CareProtocolJson.Parse(run.Output).Should().Be(StandardProtocol.Instance);
    }

    [Fact]
    public async Task Show_File_ShowsTheFilesRules()
    {
        CareProtocol sixDays = StandardProtocol.Instance.WithWindow(StandardProtocol.RuleIds.KeepScalpDry, SmpRules.Timing.CareWindow.Days(0, 6));
        using var file = new ProtocolFile(CareProtocolJson.Serialize(sixDays));

        SmpCareRun run = (await SmpCare.RunAsync("protocol", "show", file.Path)).ShouldSucceed();

        run.Output.Should().Contain("dry-period.keep-scalp-dry (dry-period, avoid)\n  activities:   washing, moisturizing, sweating\n  window:       days 0 to 6 of each session\n");
    }

    private const string WithWarning = """
        { "formatVersion": 1, "name": "Clinic", "activities": ["shampoo"],
          "rules": [ { "id": "hygiene.wash", "family": "hygiene", "directive": "do", "activities": ["washing"], "window": { "fromDay": 5, "until": "open" }, "text": "Wash." } ] }
        """;

    [Fact]
    public async Task Validate_ValidFileWithAWarning_ExitsZeroAndPrintsIt_StrictFailsOnIt()
    {
        using var file = new ProtocolFile(WithWarning);

        SmpCareRun run = (await SmpCare.RunAsync("protocol", "validate", file.Path)).ShouldSucceed();
        run.Output.Should().Be(
            $"{file.Path}: the protocol 'Clinic' is valid (1 rules, 1 warning).\n"
            + "warning: $.activities[0] (line 1, column 56): The activity 'shampoo' is declared in \"activities\", but no rule uses it; remove it, or use it in a rule.\n");

        (await SmpCare.RunAsync("protocol", "validate", "--strict", file.Path)).ShouldFailWithBadInput(
            $"error: {file.Path}: $.activities[0] (line 1, column 56): The activity 'shampoo' is declared in \"activities\", but no rule uses it; remove it, or use it in a rule. (a warning; --strict fails on it)");
    }

    [Fact]
    public async Task Validate_Strict_PassesTheSampleProtocolsWithoutWarnings()
    {
        foreach (string name in new[] { "standard.json", "evoke-smp.json" })
        {
            (await SmpCare.RunAsync("protocol", "validate", "--strict", Repository.File("samples/protocols/" + name))).ShouldSucceed();
        }
    }

    [Fact]
    public async Task Validate_ValidFile_ExitsZeroNamingTheProtocol()
    {
        using var file = new ProtocolFile(CareProtocolJson.Serialize(StandardProtocol.Instance));

        SmpCareRun run = (await SmpCare.RunAsync("protocol", "validate", file.Path)).ShouldSucceed();

        run.Output.Should().Be($"{file.Path}: the protocol 'Standard' is valid (7 rules).\n");
    }

    [Fact]
    public async Task Validate_InvalidFile_ExitsTwoWithPathLineColumnOfEveryProblem()
    {
        using var file = new ProtocolFile(BrokenDocument);
        IReadOnlyList<ProtocolProblem> problems = LibraryProblems(file.Path);

        SmpCareRun run = await SmpCare.RunAsync("protocol", "validate", file.Path);

        problems.Select(p => (p.Path, p.Line, p.Column)).Should().Equal(("$.rules[0].directive", 5, 64), ("$.rules[0].colour", 5, 161));
        run.ShouldFailWithBadInput(
            $"error: {file.Path}:5:64: {problems[0].Message} (at $.rules[0].directive)",
            $"error: {file.Path}:5:161: {problems[1].Message} (at $.rules[0].colour)");
    }

    [Fact]
    public async Task Validate_MalformedJson_ExitsTwoWithLineAndColumn()
    {
        using var file = new ProtocolFile("{\n  \"formatVersion\": 1,\n  \"name\": \n");
        IReadOnlyList<ProtocolProblem> problems = LibraryProblems(file.Path);

        SmpCareRun run = await SmpCare.RunAsync("protocol", "validate", file.Path);

        problems.Should().ContainSingle().Which.Line.Should().Be(4);
        run.ShouldFailWithBadInput($"error: {file.Path}:4:{problems[0].Column}: {problems[0].Message} (at {problems[0].Path})");
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsTwoSayingItCannotBeRead()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "smp-care-no-such-protocol.json");

        SmpCareRun run = await SmpCare.RunAsync("protocol", "validate", path);

        run.ShouldFailWithBadInput($"error: {path}: The file '{path}' cannot be read: there is no such file.");
    }

    [Fact]
    public async Task ProtocolOption_ClinicFile_AnswersWithTheFilesRules()
    {
        CareProtocol sixDays = StandardProtocol.Instance.WithWindow(StandardProtocol.RuleIds.KeepScalpDry, SmpRules.Timing.CareWindow.Days(0, 6));
        using var file = new ProtocolFile(CareProtocolJson.Serialize(sixDays));

        SmpCareRun run = (await SmpCare.RunAsync(["day", "5", .. SmpCare.London, "--protocol", file.Path, "--format", "json"])).ShouldSucceed();

        var schedule = CareProtocolJson.LoadFile(file.Path).Apply(Schedules.London.Plan);
        run.Json().ShouldMatch(schedule, schedule.OnCourseDay(5));
        run.Json().GetProperty("advice")[0].GetProperty("until").GetString().Should().Be("2026-11-27T00:00:00Z");
    }

    [Fact]
    public async Task ProtocolOption_ShownStandard_GivesTheSameAnswersAsTheBuiltIn()
    {
        SmpCareRun shown = (await SmpCare.RunAsync("protocol", "show", "--format", "json")).ShouldSucceed();
        using var file = new ProtocolFile(shown.Output);

        SmpCareRun run = (await SmpCare.RunAsync(["timeline", .. SmpCare.London, "--protocol", file.Path, "--format", "json"])).ShouldSucceed();
        SmpCareRun builtIn = (await SmpCare.RunAsync(["timeline", .. SmpCare.London, "--format", "json"])).ShouldSucceed();

        run.Output.Should().Be(builtIn.Output);
    }

    [Fact]
    public async Task ProtocolOption_InvalidFile_ExitsTwoWithEveryProblem()
    {
        using var file = new ProtocolFile(BrokenDocument);
        IReadOnlyList<ProtocolProblem> problems = LibraryProblems(file.Path);

        SmpCareRun run = await SmpCare.RunAsync(["on", "2026-11-22", .. SmpCare.London, "--protocol", file.Path]);

        run.ShouldFailWithBadInput(
            $"error: {file.Path}:5:64: {problems[0].Message} (at $.rules[0].directive)",
            $"error: {file.Path}:5:161: {problems[1].Message} (at $.rules[0].colour)");
    }

    private static IReadOnlyList<ProtocolProblem> LibraryProblems(string path)
    {
        Action load = () => CareProtocolJson.LoadFile(path);
        return load.Should().Throw<CareProtocolException>().Which.Problems;
    }
}
