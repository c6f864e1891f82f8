using System.Collections.Generic;

namespace SmpRules.Web.Output;

/// <summary>The answer of <c>/api/protocols/{name}/rules</c>: a protocol's rules in order, with their texts in the culture asked.</summary>
/// <param name="Name">The protocol's registered name.</param>
/// <param name="Culture">The culture of the texts asked for, such as <c>es</c>.</param>
/// <param name="Rules">The rules, in the protocol's order.</param>
internal sealed record ProtocolRulesResponse(string Name, string Culture, IReadOnlyList<ProtocolRule> Rules);

/// <summary>One rule of a protocol: its id, family, directive and text.</summary>
/// <param name="Id">The rule's id, such as <c>dry-period.keep-scalp-dry</c>.</param>
/// <param name="Family">The rule's family, such as <c>dry-period</c>.</param>
/// <param name="Directive">What the rule asks: <c>do</c>, <c>avoid</c>, <c>limit</c> or <c>expect</c>.</param>
/// <param name="Text">The rule's text in the culture asked (falling back as the API's texts do).</param>
internal sealed record ProtocolRule(string Id, string Family, string Directive, string Text);
