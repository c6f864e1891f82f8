using System.IO;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;
using SmpRules.Rules;
using SmpRules.Timing;

namespace SmpRules.Tests.Protocols.Json;

/// <summary>What documents mean: extending a protocol (remove, replace, change, add), defaults, and files that extend files.</summary>
public sealed class CareProtocolJsonTests
{
    [Fact]
    public void Parse_ExtendsStandard_AppliesRemoveReplaceChangeAndRulesInOrder()
    {
        CareProtocol clinic = CareProtocolJson.Parse("""
            {
              "formatVersion": 1, "name": "Clinic", "extends": "standard", "families": ["sun-protection"],
              "remove": ["dry-period.loose-hat"],
              "replace": [ { "id": "hydration.moisturize", "family": "hydration", "directive": "do", "activities": ["moisturizing"],
                             "window": { "fromDay": 6, "until": "next-session" }, "text": "Moisturize.", "suspendedBy": ["dry-period.keep-scalp-dry"] } ],
              "change": [ { "id": "dry-period.keep-scalp-dry", "window": { "fromDay": 0, "toDay": 5 } },
                          { "id": "dry-period.redness-and-itching", "translations": { "es-MX": "Normal." } } ],
              "rules": [ { "id": "sun.no-direct-sun", "family": "sun-protection", "directive": "avoid", "activities": ["sun"],
                           "window": { "fromDay": 0, "toDay": 29 }, "text": "No sun." } ]
            }
            """);

        CareProtocol expected = StandardProtocol.Instance.ToBuilder()
            .Remove(StandardProtocol.RuleIds.LooseHat)
            .Update(StandardProtocol.RuleIds.Moisturize, r => r with { Window = CareWindow.DaysFrom(6).UntilNextSession(), Text = "Moisturize." })
            .WithWindow(StandardProtocol.RuleIds.KeepScalpDry, CareWindow.Days(0, 5))
            .Update(StandardProtocol.RuleIds.RednessAndItching, r => r with { Text = new CareText(r.Text.Default).WithTranslation("es-MX", "Normal.") })
            .Add(new CareRule
            {
                Id = "sun.no-direct-sun",
                Family = new CareFamily("sun-protection"),
                Directive = CareDirective.Avoid,
                Activities = [CareActivity.Sun],
                Window = CareWindow.Days(0, 29),
                Text = "No sun.",
            })
            .Build();
        CareProtocol renamed = new CareProtocolBuilder("Clinic") { DefaultLanguage = expected.DefaultLanguage }.AddRange(expected.Rules).Build();
        clinic.Should().Be(renamed);
    }

    [Fact]
    public void Parse_ExtendsWithoutSettings_TakesTheExtendedProtocolsLanguageAndNumberingButNotItsDescription()
    {
        var options = new CareProtocolJsonOptions
        {
            ExtendsResolver = name => name == "spanish"
                ? new CareProtocolBuilder("Base") { DefaultLanguage = "es", DayNumbering = DayNumbering.SessionDayIsOne, Description = "Base." }.Build()
                : null,
        };

        CareProtocol protocol = CareProtocolJson.Parse("{ \"formatVersion\": 1, \"name\": \"Child\", \"extends\": \"spanish\" }", options);

        protocol.DefaultLanguage.Should().Be("es");
        protocol.DayNumbering.Should().Be(DayNumbering.SessionDayIsOne);
        protocol.Description.Should().BeEmpty();
    }

    [Fact]
    public void Parse_ChangeWithNullCondition_RemovesTheCondition()
    {
        CareProtocol withCondition = StandardProtocol.Instance.WithRule(StandardProtocol.RuleIds.LooseHat, r => r with { Condition = FactCondition.Present("hat") });
        var options = new CareProtocolJsonOptions { ExtendsResolver = _ => withCondition };

        CareProtocol protocol = CareProtocolJson.Parse(
            "{ \"formatVersion\": 1, \"name\": \"Standard\", \"extends\": \"mine\", \"change\": [ { \"id\": \"dry-period.loose-hat\", \"condition\": null } ] }",
            options);

        protocol.GetRule(StandardProtocol.RuleIds.LooseHat).Condition.Should().BeNull();
    }

    [Fact]
    public void Parse_NoOptionalSettings_UsesTheDefaults()
    {
        CareProtocol protocol = CareProtocolJson.Parse("{ \"formatVersion\": 1, \"name\": \"Empty\", \"rules\": [] }");

        protocol.Should().Be(new CareProtocolBuilder("Empty").Build());
        protocol.DefaultLanguage.Should().Be("en");
        protocol.DayNumbering.Should().Be(DayNumbering.SessionDayIsZero);
    }

    [Fact]
    public void Parse_CommentsTrailingCommasAndByteOrderMark_AreAccepted()
    {
        CareProtocolJson.Parse("\uFEFF{ // a clinic\n \"formatVersion\": 1, /* v1 */ \"name\": \"A\", \"rules\": [], }").Name.Should().Be("A");
    }

    [Fact]
    public void LoadFile_ExtendsRelativePath_ResolvesAgainstTheFilesFolder()
    {
        string directory = Directory.CreateTempSubdirectory("smprules-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(directory, "base"));
            File.WriteAllText(Path.Combine(directory, "base", "clinic.json"),
                "{ \"formatVersion\": 1, \"name\": \"Clinic\", \"extends\": \"standard\", \"remove\": [\"dry-period.loose-hat\"] }");
            File.WriteAllText(Path.Combine(directory, "child.json"),
                "{ \"formatVersion\": 1, \"name\": \"Child\", \"extends\": \"base/clinic.json\", \"remove\": [\"dry-period.redness-and-itching\"] }");

            CareProtocol child = CareProtocolJson.LoadFile(Path.Combine(directory, "child.json"));

            child.Rules.Select(r => r.Id).Should().Equal(
                StandardProtocol.Instance.Rules.Select(r => r.Id).Except([StandardProtocol.RuleIds.LooseHat, StandardProtocol.RuleIds.RednessAndItching]));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Serialize_Standard_WritesTheDocumentFormat()
    {
        string json = CareProtocolJson.Serialize(StandardProtocol.Instance);

        json.Should().StartWith("{\n  \"formatVersion\": 1,\n  \"name\": \"Standard\",\n  \"description\": ");
        json.Should().Contain("\"window\": {\n        \"anchor\": \"each-session\",\n        \"fromDay\": 0,\n        \"toDay\": 4\n      }");
        json.Should().Contain("sin crema hidratante").And.EndWith("}\n");
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Action parse = () => CareProtocolJson.Parse(null!);
        parse.Should().Throw<ArgumentNullException>().WithParameterName("json");
    }
}
