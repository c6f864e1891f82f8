using System.Collections.Generic;

namespace SmpRules.Web.Output;

/// <summary>The answer of <c>POST /api/protocols/validate</c> for a valid document: the protocol's name and its rules' ids.</summary>
internal sealed record ValidProtocolResponse(bool Valid, string Name, IReadOnlyList<string> Rules);
