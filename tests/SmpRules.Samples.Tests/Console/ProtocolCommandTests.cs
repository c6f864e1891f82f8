using System.Threading.Tasks;
using SmpRules.Protocols;
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
        lines.Where(l => l.Length > 0 && !l.StartsWith(' ')).Skip(1).Should().Equal(
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
}
