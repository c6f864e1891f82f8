using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SmpRules.Calendar;
using SmpRules.Cli.Input;
using SmpRules.Cli.Output;

namespace SmpRules.Cli.Commands;

/// <summary><c>changes [--from] [--to] [--was-session]</c>: what the client must hear about, or what a revision changes.</summary>
internal static class ChangesCommand
{
    public static Command Create(SharedOptions options, IClock clock)
    {
        var from = new Option<string?>("--from")
        {
            Description = "The start, inclusive: a local date (2026-11-24, its start), a local date and time, UTC (…Z) or with an offset. "
                + "Default: the first change (with --was-session: now).",
            HelpName = "when",
        };
        var to = new Option<string?>("--to")
        {
            Description = "The end, exclusive, in the same forms. Default: no end. Not with --was-session.",
            HelpName = "when",
        };
        var revisions = new RevisionOptions();
        var command = new Command(
            "changes",
            "The changes a client must hear about between two instants: every rule that starts, is suspended, resumes or ends, with a key for a reminder and a sentence. "
            + "With --was-session: what changes from the plan the client had, and which reminders to cancel or send again.");
        command.Options.Add(from);
        command.Options.Add(to);
        revisions.AddTo(command);
        options.AddTo(command);
        command.SetAction(result =>
        {
            var problems = new InputProblems();
            string? fromText = result.GetValue(from);
            string? toText = result.GetValue(to);
            Instant? start = null;
            Instant? end = null;
            List<LocalDateTime>? was = revisions.ReadSessions(result, problems);
            QueryInput input = QueryInput.Read(result, options, problems, zone =>
            {
                start = fromText is null ? null : When(fromText, "--from", zone, problems);
                end = toText is null ? null : When(toText, "--to", zone, problems);
            });
            if (was is not null && toText is not null)
            {
                problems.Add($"--to {toText} cannot go with --was-session: what a revision changes is reported from --from (default: now) on, with no end.");
            }

            if (start is { } a && end is { } b && b <= a)
            {
                problems.Add($"The range is empty: --to {toText} is not later than --from {fromText}.");
            }

            problems.ThrowIfAny();
            CareRevisions history = RevisionOptions.History(input.Schedule, was, problems);
            TextWriter output = result.InvocationConfiguration.Output;
            string culture = input.Culture.Name;
            DateTimeZone zone = input.Zone;
            if (was is null)
            {
                Instant first = start ?? input.Schedule.Start ?? clock.GetCurrentInstant();
                ImmutableArray<CareNotice> notices = history.Notices(first, end, culture);
                if (input.Format == OutputFormat.Json)
                {
                    Json.Write(output, writer =>
                    {
                        writer.WriteStartObject();
                        writer.WriteString("zone", zone.Id);
                        writer.WriteInstant("from", first);
                        writer.WriteInstant("to", end);
                        WriteNotices(writer, "notices", notices, zone);
                        writer.WriteEndObject();
                    });
                }
                else
                {
                    WriteText(output, notices, zone);
                }

                return ExitCodes.Success;
            }

            Instant now = start ?? clock.GetCurrentInstant();
            CareRevisionReport report = history.Compare(now, culture);
            if (input.Format == OutputFormat.Json)
            {
                Json.Write(output, writer => WriteReport(writer, report, zone));
            }
            else
            {
                WriteReport(output, report, zone);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Instant? When(string text, string name, DateTimeZone zone, InputProblems problems)
    {
        ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(text.Trim());
        if (date.Success)
        {
            return zone.AtStartOfDay(date.Value).ToInstant();
        }

        var scratch = new InputProblems();
        InstantInput? given = ValueParsers.Instant(text, scratch);
        if (given is null)
        {
            problems.Add($"The {name} value '{text}' is not a date (2026-11-24), a local date and time (2026-11-24T18:00), UTC (2026-11-24T18:00:00Z) or a time with an offset (2026-11-24T19:00+01:00).");
            return null;
        }

        return given.Resolve(zone, problems);
    }

    private static void WriteText(TextWriter output, ImmutableArray<CareNotice> notices, DateTimeZone zone)
    {
        if (notices.IsEmpty)
        {
            output.WriteLine("Nothing changes in this range.");
            return;
        }

        foreach (IGrouping<Instant, CareNotice> at in notices.GroupBy(n => n.At))
        {
            output.WriteLine(LocalText.DateTime(at.Key, zone));
            foreach (CareNotice notice in at)
            {
                output.WriteLine($"  {Kind(notice.Kind),-9} {notice.Sentence}");
            }
        }
    }

    private static void WriteReport(TextWriter output, CareRevisionReport report, DateTimeZone zone)
    {
        output.WriteLine($"From {LocalText.DateTime(report.From, zone)}, what changes for the client:");
        if (report.Sessions.IsEmpty && report.Changes.IsEmpty)
        {
            output.WriteLine("  Nothing.");
        }

        foreach (CareSessionChange session in report.Sessions)
        {
            output.WriteLine($"  {"session",-8} {session.Sentence}");
        }

        if (!report.Sessions.IsEmpty && report.Changes.IsEmpty)
        {
            output.WriteLine("  Nothing in the aftercare changes from then on.");
        }

        foreach (CareStretchChange change in report.Changes)
        {
            output.WriteLine($"  {change.Kind.ToString().ToLowerInvariant(),-8} {change.Sentence}");
        }

        output.WriteLine($"Reminders: {report.Cancel.Length} to cancel, {report.Reissue.Length} to send again, {report.Issue.Length} new.");
        foreach ((string what, ImmutableArray<CareNotice> notices) in new[] { ("cancel", report.Cancel), ("again", report.Reissue), ("new", report.Issue) })
        {
            foreach (CareNotice notice in notices)
            {
                output.WriteLine($"  {what,-7}{LocalText.DateTime(notice.At, zone)}  {notice.Key}");
            }
        }
    }

    private static void WriteReport(Utf8JsonWriter writer, CareRevisionReport report, DateTimeZone zone)
    {
        writer.WriteStartObject();
        writer.WriteString("zone", zone.Id);
        writer.WriteInstant("from", report.From);
        writer.WriteStartArray("sessions");
        foreach (CareSessionChange session in report.Sessions)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", session.Kind switch { CareStretchChangeKind.Added => "added", CareStretchChangeKind.Removed => "cancelled", _ => "moved" });
            writer.WriteInstant("was", session.Before?.Instant);
            writer.WriteInstant("at", session.After?.Instant);
            writer.WriteString("sentence", session.Sentence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("changes");
        foreach (CareStretchChange change in report.Changes)
        {
            writer.WriteStartObject();
            writer.WriteString("key", change.Key);
            writer.WriteString("kind", change.Kind.ToString().ToLowerInvariant());
            writer.WriteString("rule", change.Rule.Id);
            writer.WriteInstant("wasStart", change.Before?.Start);
            writer.WriteInstant("wasEnd", change.Before?.End);
            writer.WriteInstant("start", change.After?.Start);
            writer.WriteInstant("end", change.After?.End);
            writer.WriteString("sentence", change.Sentence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("reminders");
        WriteNotices(writer, "cancel", report.Cancel, zone);
        WriteNotices(writer, "reissue", report.Reissue, zone);
        WriteNotices(writer, "issue", report.Issue, zone);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteNotices(Utf8JsonWriter writer, string name, ImmutableArray<CareNotice> notices, DateTimeZone zone)
    {
        writer.WriteStartArray(name);
        foreach (CareNotice notice in notices)
        {
            writer.WriteStartObject();
            writer.WriteString("key", notice.Key);
            writer.WriteString("kind", Kind(notice.Kind));
            writer.WriteInstant("at", notice.At);
            writer.WriteString("local", LocalText.DateTime(notice.At, zone));
            writer.WriteString("rule", notice.Rule.Id);
            writer.WriteString("sentence", notice.Sentence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Kind(CareNoticeKind kind) => kind switch
    {
        CareNoticeKind.Started => "started",
        CareNoticeKind.Suspended => "suspended",
        CareNoticeKind.Resumed => "resumed",
        _ => "ended",
    };
}
