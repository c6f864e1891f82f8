using System.IO;
using System.Text.Json;
using Json.Schema;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;
using SmpRules.Tests.Docs;

namespace SmpRules.Tests.Protocols.Json;

/// <summary>The JSON Schema shipped in the package: the same as docs/protocol.schema.json, and true to what the loader and writer do.</summary>
public sealed class ProtocolSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(CareProtocolJson.JsonSchema);

    private static bool IsValid(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement).IsValid;
    }

    [Fact]
    public void JsonSchema_Embedded_EqualsTheDocsFile()
    {
        CareProtocolJson.JsonSchema.Should().Be(File.ReadAllText(RepositoryRoot.Combine("docs/protocol.schema.json")));
    }

    [Theory]
    [InlineData("standard.json")]
    [InlineData("evoke-smp.json")]
    [InlineData("harbour-scalp-studio.json")]
    public void JsonSchema_Samples_AreValid(string name)
    {
        IsValid(File.ReadAllText(RepositoryRoot.Combine($"samples/protocols/{name}"))).Should().BeTrue();
    }

    [Fact]
    public void JsonSchema_SavedRandomProtocols_AreValid()
    {
        var random = new RandomProtocols(seed: 42);
        for (int i = 0; i < 300; i++)
        {
            string json = CareProtocolJson.Serialize(random.Next());
            IsValid(json).Should().BeTrue("the writer's output must follow the schema:\n{0}", json);
        }
    }

    [Theory]
    [InlineData("{ \"formatVersion\": 2, \"name\": \"A\", \"rules\": [] }")]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"A\" }")]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"A\", \"rules\": [], \"colour\": 1 }")]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"A\", \"rules\": [ { \"id\": \"a.b\", \"family\": \"hygiene\", \"directive\": \"dont\", \"window\": { \"fromDay\": 0, \"toDay\": 1 }, \"text\": \"x\" } ] }")]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"A\", \"rules\": [ { \"id\": \"a.b\", \"family\": \"hygiene\", \"directive\": \"do\", \"window\": { \"fromDay\": 0, \"fromHour\": 1, \"toDay\": 1 }, \"text\": \"x\" } ] }")]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"A\", \"remove\": [], \"rules\": [] }")]
    public void JsonSchema_DocumentsTheLoaderRejects_AreInvalid(string json)
    {
        Action load = () => CareProtocolJson.Parse(json);
        load.Should().Throw<CareProtocolException>();
        IsValid(json).Should().BeFalse();
    }
}
