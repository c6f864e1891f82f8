using System;
using System.Collections.Generic;

namespace SmpRules.Protocols.Json;

/// <summary>The family and activity names a document may use: the well-known ones, those it declares, and those of the protocol it extends.</summary>
internal sealed class Vocabulary
{
    public HashSet<string> Families { get; } = new(FormatKeywords.WellKnownFamilies, StringComparer.Ordinal);

    public HashSet<string> Activities { get; } = new(FormatKeywords.WellKnownActivities, StringComparer.Ordinal);
}
