using System.Text.Json;
using System.Threading.Tasks;
using SmpRules.Samples.Tests.Support;

namespace SmpRules.Samples.Tests.Console;

/// <summary>
/// smp-care compare, from the raw command line. Expectations come from the protocols' words: Standard keeps the scalp
/// dry on days 0 to 4 of each session; samples/protocols/evoke-smp.json keeps water off on days 0 to 2 and washes with
/// water only on days 3 to 5.
/// </summary>
public class CompareCommandTests
{
    private static readonly string Standard = Repository.File("samples/protocols/standard.json");
    private static readonly string Evoke = Repository.File("samples/protocols/evoke-smp.json");

    [Fact]
    public async Task Compare_Text_ShowsADayByDayTableAndEachDifferenceExplained()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["compare", Standard, Evoke, .. SmpCare.London, "--to", "2026-11-26"])).ShouldSucceed();

        string[] lines = run.Output.Split('\n');
        lines[0].Should().Be($"Standard ({Standard}) vs Evoke SMP ({Evoke})");
        string header = lines.Single(l => l.StartsWith("date ", StringComparison.Ordinal));
        header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Should().StartWith(["date", "session", "day", "washing", "moisturizing", "sweating"]);
        string[] Row(string date) => lines.Single(l => l.StartsWith(date, StringComparison.Ordinal)).Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).ToArray();
        Row("2026-11-22")[..4].Should().Equal("2026-11-22", "1", "2", "avoid");
        Row("2026-11-23")[..4].Should().Equal("2026-11-23", "1", "3", "avoid ≠ do");
        Row("2026-11-25")[..4].Should().Equal("2026-11-25", "1", "5", "do");
        lines.Where(l => l.StartsWith("20", StringComparison.Ordinal)).Should().HaveCount(7, "2026-11-20 to 2026-11-26");
        lines.Should().Contain("- washing, from day 3 of session 1 (2026-11-23) through day 4 of session 1 (2026-11-24): "
            + "Standard says avoid (dry-period.keep-scalp-dry); Evoke SMP says do (hygiene.water-only), "
            + "and keeps saying do (then hygiene.gentle-cleanser, hygiene.shampoo-and-shower-gel) for good.");

        // Every difference has a column: Standard's "redness is normal" names no activity, so it is a column by its id,
        // after the activities; on day 4 Standard expects it and Evoke says nothing.
        string[] columns = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        columns.Should().EndWith(["dry-period.redness-and-itching", "recovery.usual-activities"]);
        Row("2026-11-24")[Array.IndexOf(columns, "dry-period.redness-and-itching")].Should().Be("expect ≠ -");
    }

    [Fact]
    public async Task Compare_Json_HasTheDifferencesAndTheDays()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["compare", "standard", Evoke, .. SmpCare.London, "--session", "2026-12-01T10:00", "--format", "json"])).ShouldSucceed();

        JsonElement json = run.Json();
        json.EnumerateObject().Select(p => p.Name).Should().Equal("first", "second", "zone", "sessions", "subjects", "differences", "days");
        json.GetProperty("first").GetProperty("name").GetString().Should().Be("Standard");
        json.GetProperty("first").GetProperty("source").GetString().Should().Be("standard");
        JsonElement washing = json.GetProperty("differences").EnumerateArray().First(d => d.GetProperty("subject").GetString() == "washing");
        washing.GetProperty("from").GetString().Should().Be("2026-11-23T00:00:00Z");
        washing.GetProperty("until").GetString().Should().Be("2026-11-25T00:00:00Z");
        (washing.GetProperty("session").GetInt32(), washing.GetProperty("day").GetInt32()).Should().Be((1, 3));
        washing.GetProperty("first").GetProperty("says").GetString().Should().Be("avoid");
        washing.GetProperty("second").GetProperty("rules").EnumerateArray().Select(r => r.GetString()).Should().Equal("hygiene.water-only");
        washing.GetProperty("second").GetProperty("until").GetString().Should().Be("2026-12-01T10:00:00Z", "Evoke's washing goes on until the next session");
        JsonElement[] days = json.GetProperty("days").EnumerateArray().ToArray();
        days[0].GetProperty("date").GetString().Should().Be("2026-11-20");
        JsonElement day3 = days.Single(d => d.GetProperty("date").GetString() == "2026-11-23");
        day3.GetProperty("cells").GetProperty("washing").GetProperty("second").EnumerateArray().Select(v => v.GetString()).Should().Equal("do");
        day3.GetProperty("cells").GetProperty("washing").GetProperty("same").GetBoolean().Should().BeFalse();

        // A side that says nothing is null, not a table's "-"; session 2's date is its day 0.
        JsonElement sauna = json.GetProperty("differences").EnumerateArray().First(d => d.GetProperty("subject").GetString() == "sauna");
        sauna.GetProperty("second").GetProperty("says").ValueKind.Should().Be(JsonValueKind.Null);
        day3.GetProperty("cells").GetProperty("sauna").GetProperty("second").EnumerateArray().Single().ValueKind.Should().Be(JsonValueKind.Null);
        JsonElement december1 = days.Single(d => d.GetProperty("date").GetString() == "2026-12-01");
        (december1.GetProperty("session").GetInt32(), december1.GetProperty("day").GetInt32()).Should().Be((2, 0));
    }

    [Fact]
    public async Task Compare_TwoVersionsOfOneProtocol_ShowsWhatClientsWillBeToldDifferently()
    {
        using var v2 = new ProtocolFile("""
            { "formatVersion": 1, "name": "Standard v2", "extends": "standard",
              "change": [ { "id": "dry-period.keep-scalp-dry", "window": { "fromDay": 0, "toDay": 3 } } ] }
            """);
        SmpCareRun run = (await SmpCare.RunAsync(["compare", "standard", v2.Path, .. SmpCare.London])).ShouldSucceed();

        string[] differences = run.Output.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToArray();
        differences.Should().OnlyContain(l => l.Contains(", on day 4 of session 1 (2026-11-24): ", StringComparison.Ordinal), "only day 4 changes");
        differences.Should().Contain(l => l.StartsWith("- washing, on day 4 of session 1 (2026-11-24)", StringComparison.Ordinal)
            && l.Contains("Standard v2 says do (hygiene.shampoo-and-condition)", StringComparison.Ordinal));
        differences.Should().Contain(l => l.StartsWith("- dry-period.keep-scalp-dry, ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Compare_TheSameProtocolTwice_SaysThereIsNoDifference()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["compare", "standard", Standard, .. SmpCare.London])).ShouldSucceed();

        run.Output.Should().Contain("No differences: both tell this plan's client the same at every instant.");
    }

    [Fact]
    public async Task Compare_BadInput_SaysWhatIsWrongAndWhere()
    {
        using var broken = new ProtocolFile("""{ "formatVersion": 1, "name": "Typo", "rules": [ { "id": "a.b", "family": "hygeine" } ] }""");
        SmpCareRun run = await SmpCare.RunAsync(["compare", "standard", broken.Path, .. SmpCare.London, "--from", "someday"]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(broken.Path + ":1:").And.Contain("The --from value 'someday' is not a date in the form yyyy-MM-dd, such as 2026-11-22.");
        run.Error.Should().NotContain("   at ", "no stack trace");
        (await SmpCare.RunAsync(["compare", "standard", "standard", .. SmpCare.London, "--from", "2026-11-26", "--to", "2026-11-20"]))
            .ShouldFailWithBadInput("error: The range is empty: --to 2026-11-20 comes before --from 2026-11-26.");
        (await SmpCare.RunAsync(["compare", "standard", "missing.json", .. SmpCare.London])).Error.Should().Contain("missing.json");
    }

    [Fact]
    public async Task Compare_InputAUserGetsWrong_IsToldInTheirTerms()
    {
        // A date that does not exist, a directory for a protocol, an empty file, one protocol only: each said plainly.
        (await SmpCare.RunAsync(["compare", "standard", "standard", .. SmpCare.London, "--from", "2026-02-30"]))
            .ShouldFailWithBadInput("error: The --from value '2026-02-30' is not a date in the form yyyy-MM-dd, such as 2026-11-22: 2026-02 has 28 days.");
        (await SmpCare.RunAsync(["compare", "standard", "standard", .. SmpCare.London, "--to", "2026-13-01"]))
            .ShouldFailWithBadInput("error: The --to value '2026-13-01' is not a date in the form yyyy-MM-dd, such as 2026-11-22: there is no month 13.");

        string directory = System.IO.Path.GetTempPath().TrimEnd(System.IO.Path.DirectorySeparatorChar);
        SmpCareRun run = await SmpCare.RunAsync(["compare", "standard", directory, .. SmpCare.London]);
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain($"'{directory}' is a directory; give the path of a protocol's JSON file.").And.NotContain("access is denied");

        using var empty = new ProtocolFile("\n");
        run = await SmpCare.RunAsync(["compare", "standard", empty.Path, .. SmpCare.London]);
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("The document is empty: a protocol is a JSON object").And.NotContain("isFinalBlock");

        (await SmpCare.RunAsync(["compare", "standard", .. SmpCare.London]))
            .ShouldFailWithBadInput("error: compare needs two protocols, <first> and <second> (each a JSON file or 'standard'); only 'standard' was given.");
        (await SmpCare.RunAsync(["compare", .. SmpCare.London]))
            .ShouldFailWithBadInput("error: compare needs two protocols, <first> and <second> (each a JSON file or 'standard'); none was given.");

        SmpCareRun help = (await SmpCare.RunAsync("compare", "--help")).ShouldSucceed();
        help.Output.Should().Contain("smp-care compare [<first> [<second>]] [options]").And.Contain("  <first>   The first protocol");
        help.Output.Should().NotContain("A.json>", "the usage and the arguments name them alike");
    }
}
