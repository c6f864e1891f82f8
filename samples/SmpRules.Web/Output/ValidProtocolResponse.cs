using System.Collections.Generic;

namespace SmpRules.Web.Output;

/// <summary>
/// The answer of <c>POST /api/protocols/validate</c> for a valid document: the protocol's name, its rules' ids, and its
/// warnings (what does nothing or is incomplete, though the protocol works), located like errors.
/// </summary>
internal sealed record ValidProtocolResponse(bool Valid, string Name, IReadOnlyList<string> Rules, IReadOnlyList<SmpRules.Web.Api.ProtocolError> Warnings);
