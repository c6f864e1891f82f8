using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmpRules.Web.Output;

/// <summary>The source-generated JSON serialization of the web sample's own answers (the advice is written by the library).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProtocolsResponse))]
[JsonSerializable(typeof(ProtocolRulesResponse))]
[JsonSerializable(typeof(SmpRules.Web.Api.HealthResponse))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
