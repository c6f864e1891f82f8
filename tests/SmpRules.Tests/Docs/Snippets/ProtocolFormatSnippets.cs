#region protocol-format-usings
using SmpRules.Protocols;
using SmpRules.Protocols.Json;
#endregion

namespace SmpRules.Tests.Docs.Snippets;

/// <summary>The snippets of docs/protocol-format.md.</summary>
public static class ProtocolFormatSnippets
{
    [Snippet("protocol-format-load")]
    public static void Load()
    {
        #region protocol-format-load
        string json = """
            {
              "formatVersion": 1,
              "name": "My clinic",
              "extends": "standard",
              "change": [ { "id": "dry-period.keep-scalp-dry", "window": { "fromDay": 0, "toDay": 5 } } ]
            }
            """;
        CareProtocol clinic = CareProtocolJson.Parse(json);
        Console.WriteLine(clinic.GetRule(StandardProtocol.RuleIds.KeepScalpDry).Window);

        try
        {
            CareProtocolJson.Parse("""{ "formatVersion": 1, "name": "Typo", "rules": [ { "id": "a.b", "family": "hygeine" } ] }""");
        }
        catch (CareProtocolException e)
        {
            foreach (ProtocolProblem problem in e.Problems)
            {
                Console.WriteLine($"{problem.Code} at {problem.Path}, line {problem.Line}, column {problem.Column}");
            }
        }
        #endregion
    }
}
