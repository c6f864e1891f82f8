using System.IO;
using System.Text;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;

namespace SmpRules.Tests.Protocols.Json;

/// <summary>Every kind of problem a document can have, each with its code, JSON path, line, column and exact message.</summary>
public sealed class CareProtocolJsonErrorTests
{
    private const string Valid = """
        { "id": "a.ok", "family": "hygiene", "directive": "limit", "window": { "fromDay": 0, "toDay": 4 }, "text": "x" }
        """;

    private static List<(ProtocolProblemCode Code, string? Path, int? Line, int? Column, string Message)> Problems(string json, CareProtocolJsonOptions? options = null)
    {
        Action load = () => CareProtocolJson.Parse(json, options ?? CareProtocolJsonOptions.Default);
        return load.Should().Throw<CareProtocolException>().Which.Problems
            .Select(p => (p.Code, p.Path, p.Line, p.Column, p.Message)).ToList();
    }

    private static string Document(string rules) =>
        "{\n  \"formatVersion\": 1,\n  \"name\": \"Clinic\",\n  \"rules\": [\n" + rules + "\n  ]\n}";

    [Fact]
    public void Parse_MalformedJson_ReportsSyntaxAtTheToken()
    {
        Problems(Document("    { \"id\": \"a.b\", } x")).Should().Equal(
            (ProtocolProblemCode.JsonSyntax, "$.rules[1]", 5, 22, "The document is not well-formed JSON: 'x' is invalid after a value. Expected either ',', '}', or ']'."));
    }

    [Fact]
    public void Parse_NotAnObject_ReportsWrongType()
    {
        Problems("[1, 2]").Should().Equal(
            (ProtocolProblemCode.JsonWrongType, "$", 1, 1, "Expected an object (a protocol document with \"formatVersion\", \"name\" and \"rules\"), but found an array."));
    }

    [Fact]
    public void Parse_TooDeep_ReportsTheDepthWhereItIsExceeded()
    {
        Problems(new string('[', 10) + new string(']', 10), new CareProtocolJsonOptions { MaxDepth = 3 }).Should().Equal(
            (ProtocolProblemCode.JsonSyntax, "$[0][0][0]", 1, 4, "The document nests objects and arrays more than 3 levels deep here; a protocol never needs that many (see CareProtocolJsonOptions.MaxDepth)."));
    }

    [Fact]
    public void Parse_InvalidUtf8_ReportsSyntax()
    {
        byte[] bytes = [.. "{\"name\": \""u8, 0xFF, 0xFE, .. "\"}"u8];
        Action load = () => CareProtocolJson.Load(new MemoryStream(bytes));
        load.Should().Throw<CareProtocolException>().Which.Problems.Single().Code.Should().Be(ProtocolProblemCode.JsonSyntax);
    }

    [Fact]
    public void Parse_LaterFormatVersion_ReportsOnlyThat()
    {
        Problems("{ \"formatVersion\": 2, \"name\": \"X\", \"whatever\": 1 }").Should().Equal(
            (ProtocolProblemCode.UnsupportedFormatVersion, "$.formatVersion", 1, 20, "The document is written in format version 2, but this version of SmpRules reads format version 1 only; write \"formatVersion\": 1, or update SmpRules."));
    }

    [Fact]
    public void Parse_NoFormatVersionNameOrRules_ReportsEachMissing()
    {
        Problems("{}").Should().Equal(
            (ProtocolProblemCode.JsonMissingProperty, "$.formatVersion", 1, 1, "Missing \"formatVersion\": expected the number 1 (the version of the protocol format the document is written in)."),
            (ProtocolProblemCode.JsonMissingProperty, "$.name", 1, 1, "Missing \"name\": expected a string (the protocol's name, such as the clinic's name)."),
            (ProtocolProblemCode.JsonMissingProperty, "$.rules", 1, 1, "Missing \"rules\": expected an array of rules."));
    }

    [Fact]
    public void Parse_EveryKindOfRuleProblem_ReportsThemAllTogether()
    {
        string json = Document("""
                {
                  "id": "Bad Id",
                  "family": "hygeine",
                  "directive": "dont",
                  "activities": ["washing", "flying"],
                  "window": { "anchor": "every", "fromDay": 4, "toDay": 2 },
                  "text": "",
                  "colour": "red"
                },
                {
                  "id": "a.b",
                  "family": "hygiene",
                  "directive": "do",
                  "window": { "fromDay": 4, "toDay": 2 },
                  "text": 7,
                  "suspendedBy": ["nope", "a.b"]
                },
                { "family": "hygiene" },
                {
                  "id": "a.c",
                  "family": "hygiene",
                  "directive": "do",
                  "window": { "fromDay": 99999999999, "until": "later" },
                  "text": "x",
                  "condition": { "fact": "skin", "present": false }
                }
            """);

        Problems(json).Should().Equal(
            (ProtocolProblemCode.InvalidRuleId, "$.rules[0].id", 6, 13, "Rule 'Bad Id' has an id that is not dot-separated kebab-case words such as 'dry-period.keep-scalp-dry'."),
            (ProtocolProblemCode.JsonInvalidValue, "$.rules[0].family", 7, 17, "The family 'hygeine' is not a well-known one (\"hygiene\", \"hydration\", \"dry-period\" or \"sweat-avoidance\") and is not declared in \"families\"; declare it there or correct the name."),
            (ProtocolProblemCode.JsonInvalidValue, "$.rules[0].directive", 8, 20, "Expected what the rule asks of the client: \"do\", \"avoid\", \"limit\" or \"expect\", but found 'dont'."),
            (ProtocolProblemCode.JsonInvalidValue, "$.rules[0].activities[1]", 9, 33, "The activity 'flying' is not a well-known one (\"washing\", \"moisturizing\", \"sweating\", \"sauna\", \"swimming\", \"sun\", \"shaving\", \"hat\" or \"exfoliation\") and is not declared in \"activities\"; declare it there or correct the name."),
            (ProtocolProblemCode.JsonInvalidValue, "$.rules[0].window.anchor", 10, 29, "Expected the session or sessions the window counts from: \"each-session\", \"first-session\" or \"final-session\", but found 'every'."),
            (ProtocolProblemCode.JsonInvalidValue, "$.rules[0].text", 11, 15, "Expected a string (the client-facing sentence), but found an empty string."),
            (ProtocolProblemCode.JsonUnknownProperty, "$.rules[0].colour", 12, 7, "The property \"colour\" is not part of a rule; expected \"id\", \"family\", \"directive\", \"activities\", \"window\", \"text\", \"translations\", \"suspendedBy\" or \"condition\"."),
            (ProtocolProblemCode.InvalidWindow, "$.rules[1].window.toDay", 18, 42, "Rule 'a.b' has a window that ends before it starts: day 2 comes before day 4."),
            (ProtocolProblemCode.JsonWrongType, "$.rules[1].text", 19, 15, "Expected a string (the client-facing sentence), but found a number."),
            (ProtocolProblemCode.UnknownRule, "$.rules[1].suspendedBy[0]", 20, 23, "Rule 'a.b' is suspended by 'nope', but the protocol has no rule with that id."),
            (ProtocolProblemCode.SelfSuspension, "$.rules[1].suspendedBy[1]", 20, 31, "Rule 'a.b' is suspended by itself; a rule cannot suspend itself."),
            (ProtocolProblemCode.JsonMissingProperty, "$.rules[2].id", 22, 5, "Missing \"id\": expected a string (the rule's id, such as \"dry-period.keep-scalp-dry\")."),
            (ProtocolProblemCode.JsonMissingProperty, "$.rules[2].directive", 22, 5, "Missing \"directive\": expected one of \"do\", \"avoid\", \"limit\" or \"expect\"."),
            (ProtocolProblemCode.JsonMissingProperty, "$.rules[2].window", 22, 5, "Missing \"window\": expected an object (a window such as {\"anchor\": \"each-session\", \"fromDay\": 0, \"toDay\": 4}, or {\"union\": [...]}, {\"intersection\": [...]} or {\"difference\": [...]})."),
            (ProtocolProblemCode.JsonMissingProperty, "$.rules[2].text", 22, 5, "Missing \"text\": expected a string (the client-facing sentence)."),
            (ProtocolProblemCode.JsonInvalidValue, "$.rules[3].window.fromDay", 27, 30, "Expected a whole number of days from -36524 to 36524, but found 99999999999."),
            (ProtocolProblemCode.JsonInvalidValue, "$.rules[3].window.until", 27, 52, "Expected where the window ends: \"open\", \"session\" or \"next-session\", but found 'later'."),
            (ProtocolProblemCode.JsonInvalidValue, "$.rules[3].condition.present", 29, 49, "Expected true (the fact must be present), but found false; to require that a fact is absent, use {\"not\": {\"fact\": ..., \"present\": true}}."));
    }

    [Fact]
    public void Parse_WindowProblems_PointInsideComposedWindows()
    {
        string json = Document("""
                { "id": "a.b", "family": "hygiene", "directive": "do", "text": "x",
                  "window": { "union": [ { "fromDay": 0, "toDay": 4 }, { "fromHour": 5, "toHour": 5 } ] } },
                { "id": "a.c", "family": "hygiene", "directive": "do", "text": "x",
                  "window": { "difference": [ { "fromDay": 0, "toHour": 3, "until": "open" } ] } },
                { "id": "a.d", "family": "hygiene", "directive": "do", "text": "x",
                  "window": { "anchor": "final-session", "fromDay": 1, "fromHour": 2 } }
            """);

        Problems(json).Should().Equal(
            (ProtocolProblemCode.InvalidWindow, "$.rules[0].window.union[1].toHour", 6, 87, "Rule 'a.b' has a window that is empty: it starts and ends at hour 5."),
            (ProtocolProblemCode.JsonInvalidValue, "$.rules[1].window.difference", 8, 33, "Expected an array of exactly two windows: the window, then the window to take away from it, but found 1 window."),
            (ProtocolProblemCode.JsonInvalidValue, "$.rules[1].window.difference[0].until", 8, 64, "A window ends once: give one of \"toDay\", \"toHour\" or \"until\", not both \"toHour\" and \"until\"."),
            (ProtocolProblemCode.JsonMissingProperty, "$.rules[2].window.toDay", 10, 17, "Missing \"toDay\": expected the last day the window covers (a whole number), or \"toHour\" (elapsed hours from the session), or \"until\": \"open\", \"session\" or \"next-session\"."),
            (ProtocolProblemCode.JsonInvalidValue, "$.rules[2].window.fromHour", 10, 60, "A window starts once: give \"fromDay\" or \"fromHour\", not both."));
    }

    [Fact]
    public void Parse_ConditionAndTranslationProblems_AreReported()
    {
        string json = Document("""
                { "id": "a.b", "family": "hygiene", "directive": "do", "text": "x", "window": { "fromDay": 0, "toDay": 4 },
                  "translations": { "spanish": "y", "es": "z", "ES": "w" },
                  "condition": { "and": [] } },
                { "id": "a.c", "family": "hygiene", "directive": "do", "text": "x", "window": { "fromDay": 0, "toDay": 4 },
                  "condition": { "not": { "fact": "skin", "equals": [] } } }
            """);

        Problems(json).Should().Equal(
            (ProtocolProblemCode.JsonInvalidValue, "$.rules[0].translations.spanish", 6, 25, "Expected a culture name such as \"es\" or \"es-MX\", but found 'spanish'."),
            (ProtocolProblemCode.JsonInvalidValue, "$.rules[0].translations.ES", 6, 52, "The translation for 'ES' is given twice (culture names ignore case); give it once."),
            (ProtocolProblemCode.JsonInvalidValue, "$.rules[0].condition.and", 7, 29, "Expected an array of one or more conditions, but found an empty array."),
            (ProtocolProblemCode.JsonInvalidValue, "$.rules[1].condition.not.equals", 9, 57, "Expected an array of one or more values of the fact, but found an empty array."));
    }

    [Fact]
    public void Parse_DuplicatesCyclesAndContradictions_AreReportedTogether()
    {
        string json = Document("""
                { "id": "a.do", "family": "hygiene", "directive": "do", "activities": ["washing"], "window": { "fromDay": 0, "until": "open" }, "text": "Wash." },
                { "id": "a.avoid", "family": "hygiene", "directive": "avoid", "activities": ["washing"], "window": { "fromDay": 0, "toDay": 4 }, "text": "Do not wash." },
                { "id": "a.x", "family": "hygiene", "directive": "limit", "window": { "fromDay": 0, "toDay": 4 }, "text": "x", "suspendedBy": ["a.y"] },
                { "id": "a.y", "family": "hygiene", "directive": "limit", "window": { "fromDay": 0, "toDay": 4 }, "text": "x", "suspendedBy": ["a.x"] },
                { "id": "a.x", "family": "hygiene", "directive": "limit", "window": { "fromDay": 0, "toDay": 4 }, "text": "x" }
            """);

        Problems(json).Should().Equal(
            (ProtocolProblemCode.Contradiction, "$.rules[1].activities[0]", 6, 82, "Rules 'a.do' (do) and 'a.avoid' (avoid) both govern 'washing' and can apply at the same time with no precedence between them: for instance with one session, at 10:00 on day 0 of session 1. Let one suspend the other (SuspendedBy in C#, \"suspendedBy\" in JSON), or make their windows or conditions exclude each other."),
            (ProtocolProblemCode.PrecedenceCycle, "$.rules[2].suspendedBy[0]", 7, 132, "The rules 'a.x' -> 'a.y' -> 'a.x' form a suspension cycle: each is suspended by the next, so none of them could ever apply."),
            (ProtocolProblemCode.DuplicateRuleId, "$.rules[4].id", 9, 13, "The id 'a.x' is already used by the rule at $.rules[2]; rule ids must be unique."));
    }

    [Fact]
    public void Parse_DuplicatePropertyAndUnknownTopLevelProperty_AreReported()
    {
        Problems("{ \"formatVersion\": 1, \"name\": \"A\", \"name\": \"B\", \"colour\": 1, \"rules\": [] }").Should().Equal(
            (ProtocolProblemCode.JsonInvalidValue, "$.name", 1, 36, "The property \"name\" is given twice in a protocol document; give it once."),
            (ProtocolProblemCode.JsonUnknownProperty, "$.colour", 1, 49, "The property \"colour\" is not part of a protocol document; expected \"$schema\", \"formatVersion\", \"name\", \"description\", \"defaultLanguage\", \"dayNumbering\", \"extends\", \"families\", \"activities\", \"remove\", \"replace\", \"change\" or \"rules\"."));
    }

    [Fact]
    public void Parse_InvalidProtocolSettings_AreReported()
    {
        Problems("{ \"formatVersion\": 1, \"name\": \" \", \"defaultLanguage\": \"english\", \"dayNumbering\": 1, \"rules\": [] }").Should().Equal(
            (ProtocolProblemCode.JsonInvalidValue, "$.name", 1, 31, "Expected a string (the protocol's name, such as the clinic's name), but found an empty string."),
            (ProtocolProblemCode.InvalidProtocol, "$.defaultLanguage", 1, 55, "The protocol's default language 'english' is not a language tag; use one such as 'en' or 'es-MX'."),
            (ProtocolProblemCode.JsonWrongType, "$.dayNumbering", 1, 82, "Expected how the clinic numbers days for clients: \"session-day-is-zero\" or \"session-day-is-one\", but found a number."));
    }

    [Fact]
    public void Parse_ExtendsWithUnknownRuleIds_ReportsEach()
    {
        string json = """
            {
              "formatVersion": 1, "name": "Clinic", "extends": "standard",
              "remove": ["nope"],
              "replace": [ { "id": "a.new", "family": "hygiene", "directive": "do", "window": { "fromDay": 0, "toDay": 1 }, "text": "x" } ],
              "change": [ { "id": "a.other", "text": "y" } ],
              "rules": [ { "id": "hydration.moisturize", "family": "hygiene", "directive": "limit", "window": { "fromDay": 0, "toDay": 1 }, "text": "x" } ]
            }
            """;

        Problems(json).Should().Equal(
            (ProtocolProblemCode.UnknownRule, "$.remove[0]", 3, 14, "Cannot remove rule 'nope': the protocol 'Standard' has no rule with that id; its rules are 'dry-period.keep-scalp-dry', 'dry-period.redness-and-itching', 'dry-period.loose-hat', 'hygiene.shampoo-and-condition', 'hydration.moisturize', 'sweat-avoidance.no-sauna-or-steam' and 'sweat-avoidance.controlled-exercise'."),
            (ProtocolProblemCode.UnknownRule, "$.replace[0].id", 4, 24, "Cannot replace rule 'a.new': the protocol 'Standard' has no rule with that id; to add a rule, put it in \"rules\"."),
            (ProtocolProblemCode.UnknownRule, "$.change[0].id", 5, 23, "Cannot change rule 'a.other': the protocol 'Standard' has no rule with that id."),
            (ProtocolProblemCode.DuplicateRuleId, "$.rules[0].id", 6, 22, "The id 'hydration.moisturize' is already used by a rule of 'Standard', the protocol this document extends; to change that rule, put this one in \"replace\", or give it another id."));
    }

    [Fact]
    public void Parse_ExtendsContradiction_PointsAtTheDocumentsRule()
    {
        string json = """
            { "formatVersion": 1, "name": "Clinic", "extends": "standard",
              "rules": [ { "id": "a.wash", "family": "hygiene", "directive": "do", "activities": ["washing"], "window": { "fromDay": 0, "toDay": 29 }, "text": "Wash." } ] }
            """;

        Problems(json).Should().Equal(
            (ProtocolProblemCode.Contradiction, "$.rules[0].activities[0]", 2, 87, "Rules 'a.wash' (do) and 'dry-period.keep-scalp-dry' (avoid) both govern 'washing' and can apply at the same time with no precedence between them: for instance with one session, at 10:00 on day 0 of session 1. Let one suspend the other (SuspendedBy in C#, \"suspendedBy\" in JSON), or make their windows or conditions exclude each other."));
    }

    [Fact]
    public void Parse_ExtendsUnknownName_ReportsUnreadable()
    {
        Problems("{ \"formatVersion\": 1, \"name\": \"A\", \"extends\": \"mine\" }").Should().Equal(
            (ProtocolProblemCode.Unreadable, "$.extends", 1, 47, "There is no protocol 'mine' to extend: only \"standard\" is built in; give CareProtocolJsonOptions.ExtendsResolver, or load the document with CareProtocolJson.LoadFile so that paths resolve against its folder."));
    }

    [Fact]
    public void Parse_RemoveWithoutExtends_IsReported()
    {
        Problems("{ \"formatVersion\": 1, \"name\": \"A\", \"remove\": [], \"rules\": [] }").Should().Equal(
            (ProtocolProblemCode.JsonInvalidValue, "$.remove", 1, 36, "\"remove\" changes the protocol named in \"extends\", but this document extends none; add \"extends\" or move these rules to \"rules\"."));
    }

    [Fact]
    public void Parse_ResolverThatThrows_ReportsItsProblemsAtExtends()
    {
        var options = new CareProtocolJsonOptions
        {
            ExtendsResolver = name => throw new CareProtocolException(name, [new ProtocolProblem(ProtocolProblemCode.UnknownRule, "Gone.")]),
        };

        Problems("{ \"formatVersion\": 1, \"name\": \"A\", \"extends\": \"mine\", \"rules\": [] }", options).Should().Equal(
            (ProtocolProblemCode.UnknownRule, "$.extends", 1, 47, "The protocol 'mine' that this document extends has a problem: Gone."));
    }

    [Fact]
    public void Parse_ColumnsCountCharactersNotBytes()
    {
        Problems("{ \"formatVersion\": 1, \"name\": \"ñandú 😀\", \"x\": 1, \"rules\": [] }").Should().Equal(
            (ProtocolProblemCode.JsonUnknownProperty, "$.x", 1, 43, "The property \"x\" is not part of a protocol document; expected \"$schema\", \"formatVersion\", \"name\", \"description\", \"defaultLanguage\", \"dayNumbering\", \"extends\", \"families\", \"activities\", \"remove\", \"replace\", \"change\" or \"rules\"."));
    }

    [Fact]
    public void Parse_TooLarge_ReportsUnreadable()
    {
        Problems(new string(' ', 200), new CareProtocolJsonOptions { MaxDocumentSize = 100 }).Should().Equal(
            (ProtocolProblemCode.Unreadable, null, null, null, "The document is larger than 100 bytes, the most CareProtocolJsonOptions.MaxDocumentSize allows."));
    }

    [Fact]
    public void LoadFile_Missing_ReportsUnreadable()
    {
        string path = Path.Combine(Path.GetTempPath(), "smprules-no-such-file.json");
        Action load = () => CareProtocolJson.LoadFile(path);
        load.Should().Throw<CareProtocolException>().Which.Problems.Select(p => (p.Code, p.Message)).Should().Equal(
            (ProtocolProblemCode.Unreadable, $"The file '{path}' cannot be read: there is no such file."));
    }

    [Fact]
    public void LoadFile_Directory_SaysItIsADirectory()
    {
        string directory = Directory.CreateTempSubdirectory("smprules-").FullName;
        try
        {
            Action load = () => CareProtocolJson.LoadFile(directory);
            load.Should().Throw<CareProtocolException>().Which.Problems.Select(p => (p.Code, p.Message)).Should().Equal(
                (ProtocolProblemCode.Unreadable, $"'{directory}' is a directory; give the path of a protocol's JSON file."));
        }
        finally
        {
            Directory.Delete(directory);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t")]
    [InlineData("\uFEFF\n")]
    public void Parse_EmptyDocument_SaysItIsEmpty(string text)
    {
        Problems(text).Should().Equal(
            (ProtocolProblemCode.JsonSyntax, "$", 1, 1, "The document is empty: a protocol is a JSON object, such as { \"name\": \"My clinic\", \"extends\": \"standard\" }."));
    }

    [Fact]
    public void LoadFile_ExtendsItself_ReportsTheCycle()
    {
        string directory = Directory.CreateTempSubdirectory("smprules-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "a.json"), "{ \"formatVersion\": 1, \"name\": \"A\", \"extends\": \"b.json\" }");
            File.WriteAllText(Path.Combine(directory, "b.json"), "{ \"formatVersion\": 1, \"name\": \"B\", \"extends\": \"./a.json\" }");
            Action load = () => CareProtocolJson.LoadFile(Path.Combine(directory, "a.json"));
            load.Should().Throw<CareProtocolException>().Which.Problems.Select(p => (p.Code, p.Path, p.Line, p.Column, p.Message)).Should().Equal(
                (ProtocolProblemCode.Unreadable, "$.extends", 1, 47, "The protocol 'b.json' that this document extends has a problem: $.extends (line 1, column 47): The documents extend each other in a cycle: 'a.json' -> 'b.json' -> 'a.json'; a document cannot extend itself."));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Exception_Message_ListsEveryProblemWithItsPlace()
    {
        Action load = () => CareProtocolJson.Parse("{ \"formatVersion\": 1, \"name\": \"Clinic\", \"rules\": 3 }");
        load.Should().Throw<CareProtocolException>().WithMessage("The protocol 'Clinic' has 1 problem:\n- $.rules (line 1, column 50): Expected an array of rules, but found a number.");
    }

    [Fact]
    public void Parse_ValidRule_Loads()
    {
        CareProtocolJson.Parse(Document(Valid)).Rules.Should().ContainSingle();
    }
}
