using System.Collections.Immutable;
using NodaTime;

namespace SmpRules.Cli.Output;

/// <summary>A stretch of the timeline in which nothing changes; <see cref="Until"/> is null when it never ends.</summary>
internal sealed record TimelineSegment(Instant From, Instant? Until, ImmutableArray<string> Applies, ImmutableArray<string> Suspended);
