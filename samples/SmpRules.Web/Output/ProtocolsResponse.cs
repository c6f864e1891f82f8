using System.Collections.Generic;

namespace SmpRules.Web.Output;

/// <summary>The answer of <c>/api/protocols</c>: the registered protocols' names, and the one used when a request names none.</summary>
internal sealed record ProtocolsResponse(string Default, IReadOnlyList<string> Names);
