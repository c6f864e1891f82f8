using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SmpRules.Cli.Input;
using SmpRules.Cli.Output;
using SmpRules.Plans;
using SmpRules.Protocols;

namespace SmpRules.Cli.Commands;

/// <summary><c>compare first second</c>: two protocols for one plan, day by day, and where they disagree.</summary>
internal static class CompareCommand
{
    private const string Standard = "standard";

    public static Command Create(SharedOptions options)
    {
        var left = new Argument<string>("first")
        {
            Description = "The first protocol: a JSON file, or 'standard' for the built-in Standard protocol.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var right = new Argument<string>("second")
        {
            Description = "The second protocol, such as another clinic's or the next version of the first: a JSON file, or 'standard'.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var from = new Option<string?>("--from")
        {
            Description = "The first date of the day-by-day table (yyyy-MM-dd). Default: the first session's date.",
            HelpName = "yyyy-MM-dd",
        };
        var to = new Option<string?>("--to")
        {
            Description = "The last date of the table, inclusive. Default: the date of the last change in either protocol.",
            HelpName = "yyyy-MM-dd",
        };
        var command = new Command(
            "compare",
            "Compare two protocols for one plan: what each says about every activity, day by day, and each stretch where they disagree, explained. "
            + "For two versions of one protocol, its rules are compared by id too, texts included.")
        {
            left, right, from, to,
        };
        command.Options.Add(options.Session);
        command.Options.Add(options.Zone);
        command.Options.Add(options.Fact);
        command.Options.Add(options.Format);
        command.SetAction(result =>
        {
            var problems = new InputProblems();
            string? givenLeft = result.GetValue(left);
            string? givenRight = result.GetValue(right);
            if (givenLeft is null || givenRight is null)
            {
                // Said here rather than by the parser, so the message names what is missing.
                problems.Add($"compare needs two protocols, <first> and <second> (each a JSON file or 'standard'); {(givenLeft is null ? "none was given" : $"only '{givenLeft}' was given")}.");
                problems.ThrowIfAny();
            }

            string leftName = givenLeft!;
            string rightName = givenRight!;
            CareProtocol? first = Load(leftName, problems);
            CareProtocol? second = Load(rightName, problems);
            LocalDate? start = Date(result.GetValue(from), "--from", problems);
            LocalDate? end = Date(result.GetValue(to), "--to", problems);
            if (start is { } a && end is { } b && b < a)
            {
                problems.Add($"The range is empty: --to {result.GetValue(to)} comes before --from {result.GetValue(from)}.");
            }

            if (start is { } c && end is { } d && Period.DaysBetween(c, d) > 3660)
            {
                problems.Add("The table covers at most 3,660 days: give a shorter range with --from and --to.");
            }

            CarePlan? plan = QueryInput.ReadPlan(result, options, problems, null, out _, out OutputFormat? format);
            problems.ThrowIfAny();

            ProtocolComparison comparison = ProtocolComparison.Of(first!, second!, plan!);
            ImmutableArray<ComparisonDay> days = start is null && end is null
                ? comparison.Days()
                : Days(comparison, start, end);
            TextWriter output = result.InvocationConfiguration.Output;
            if (format == OutputFormat.Json)
            {
                Json.Write(output, writer => WriteJson(writer, comparison, days, leftName, rightName));
            }
            else
            {
                WriteText(output, comparison, days, leftName, rightName);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static ImmutableArray<ComparisonDay> Days(ProtocolComparison comparison, LocalDate? start, LocalDate? end)
    {
        ImmutableArray<ComparisonDay> all = comparison.Days();
        LocalDate first = start ?? comparison.Plan.FirstSession.LocalDateTime.Date;
        LocalDate last = end ?? (all.IsEmpty || all[^1].Date < first ? first : all[^1].Date);
        return comparison.Days(first, last < first ? first : last);
    }

    private static CareProtocol? Load(string name, InputProblems problems) =>
        string.Equals(name, Standard, System.StringComparison.OrdinalIgnoreCase) && !File.Exists(name)
            ? StandardProtocol.Instance
            : ProtocolFiles.Load(name, problems);

    private static LocalDate? Date(string? text, string name, InputProblems problems)
    {
        if (text is null)
        {
            return null;
        }

        return ValueParsers.Date(text, $"{name} value", problems);
    }

    private static string Cell(ComparisonCell cell)
    {
        string left = string.Join("→", cell.Left.Select(v => v.Summary));
        string right = string.Join("→", cell.Right.Select(v => v.Summary));
        return cell.IsSame && left == right ? left : $"{left} ≠ {right}";
    }

    private static void WriteText(TextWriter output, ProtocolComparison comparison, ImmutableArray<ComparisonDay> days, string leftName, string rightName)
    {
        CarePlan plan = comparison.Plan;
        output.WriteLine($"{comparison.Left.Protocol.Name} ({leftName}) vs {comparison.Right.Protocol.Name} ({rightName})");
        output.WriteLine($"Plan: {plan.Zone.Id}; {string.Join(", ", plan.Sessions.Select(s => $"session {s.Number} on {LocalText.DateTime(s.Instant, plan.Zone)}"))}.");
        output.WriteLine("Each cell is what the first says, and '≠' what the second says where they differ; '-' is nothing, '→' a change within the day");
        output.WriteLine("(the differences below give its time). The columns after the activities are rules that name no activity, by id.");
        output.WriteLine(comparison.DayNumbering == DayNumbering.SessionDayIsOne
            ? "Days are numbered as both protocols do: the session's date is day 1."
            : "Days are numbered from the session's date as day 0.");
        output.WriteLine();

        // Activities first, then the rules that name no activity (such as "redness is normal"), so every difference has a column.
        int[] subjects =
        [
            .. Enumerable.Range(0, comparison.Subjects.Length).Where(i => comparison.Subjects[i].Kind == ComparisonSubjectKind.Activity),
            .. Enumerable.Range(0, comparison.Subjects.Length).Where(i => comparison.Subjects[i].Kind == ComparisonSubjectKind.Rule),
        ];
        string[] header = ["date", "session", "day", .. subjects.Select(i => comparison.Subjects[i].Name)];
        string[][] rows =
        [
            .. days.Select(d => (string[])[
                LocalDatePattern.Iso.Format(d.Date),
                d.Session.Number.ToString(CultureInfo.InvariantCulture),
                comparison.ToDisplayDay(d.SessionDay).ToString(CultureInfo.InvariantCulture),
                .. subjects.Select(i => Cell(d.Cells[i]))]),
        ];
        int[] widths = [.. header.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max())];
        output.WriteLine(string.Join("  ", header.Select((h, c) => h.PadRight(widths[c]))).TrimEnd());
        foreach (string[] row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((v, c) => v.PadRight(widths[c]))).TrimEnd());
        }

        output.WriteLine();
        if (comparison.IsEmpty)
        {
            output.WriteLine("No differences: both tell this plan's client the same at every instant.");
            return;
        }

        output.WriteLine($"{comparison.Differences.Length} differences:");
        foreach (ProtocolDifference difference in comparison.Differences)
        {
            output.WriteLine($"- {difference.Sentence}");
        }
    }

    private static void WriteJson(Utf8JsonWriter writer, ProtocolComparison comparison, ImmutableArray<ComparisonDay> days, string leftName, string rightName)
    {
        writer.WriteStartObject();
        WriteProtocol(writer, "first", comparison.Left.Protocol, leftName);
        WriteProtocol(writer, "second", comparison.Right.Protocol, rightName);
        writer.WriteString("zone", comparison.Plan.Zone.Id);
        writer.WriteStartArray("sessions");
        foreach (CareSession session in comparison.Plan.Sessions)
        {
            writer.WriteStringValue(LocalText.Utc(session.Instant));
        }

        writer.WriteEndArray();
        writer.WriteStartArray("subjects");
        foreach (ComparisonSubject subject in comparison.Subjects)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", subject.Kind == ComparisonSubjectKind.Activity ? "activity" : "rule");
            writer.WriteString("name", subject.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("differences");
        foreach (ProtocolDifference d in comparison.Differences)
        {
            writer.WriteStartObject();
            writer.WriteString("subject", d.Subject.Name);
            writer.WriteString("kind", d.Subject.Kind == ComparisonSubjectKind.Activity ? "activity" : "rule");
            writer.WriteInstant("from", d.Interval.Start);
            writer.WriteInstant("until", d.Interval.HasEnd ? d.Interval.End : null);
            writer.WriteNumber("session", d.Session.Number);
            writer.WriteNumber("day", d.SessionDay);
            WriteVerdict(writer, "first", d.Left, d.LeftUntil);
            WriteVerdict(writer, "second", d.Right, d.RightUntil);
            writer.WriteString("sentence", d.Sentence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("days");
        foreach (ComparisonDay day in days)
        {
            writer.WriteStartObject();
            writer.WriteDate("date", day.Date);
            writer.WriteNumber("session", day.Session.Number);
            writer.WriteNumber("day", day.SessionDay);
            writer.WriteBoolean("same", day.IsSame);
            writer.WriteStartObject("cells");
            foreach (ComparisonCell cell in day.Cells)
            {
                writer.WriteStartObject(cell.Subject.Name);
                writer.WriteStartArray("first");
                cell.Left.ToList().ForEach(v => WriteSays(writer, v));
                writer.WriteEndArray();
                writer.WriteStartArray("second");
                cell.Right.ToList().ForEach(v => WriteSays(writer, v));
                writer.WriteEndArray();
                writer.WriteBoolean("same", cell.IsSame);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>What a side says: its directives (such as "avoid" or "do+limit"), "suspended", or null for nothing.</summary>
    private static void WriteSays(Utf8JsonWriter writer, ComparisonVerdict verdict)
    {
        if (verdict.IsNothing)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(verdict.Summary);
        }
    }

    private static void WriteProtocol(Utf8JsonWriter writer, string name, CareProtocol protocol, string source)
    {
        writer.WriteStartObject(name);
        writer.WriteString("name", protocol.Name);
        writer.WriteString("source", source);
        writer.WriteEndObject();
    }

    private static void WriteVerdict(Utf8JsonWriter writer, string name, ComparisonVerdict verdict, Instant? until)
    {
        writer.WriteStartObject(name);
        writer.WritePropertyName("says");
        WriteSays(writer, verdict);
        writer.WriteStartArray("rules");
        foreach (var rule in verdict.Rules)
        {
            writer.WriteStringValue(rule.Id);
        }

        writer.WriteEndArray();
        writer.WriteInstant("until", verdict.IsNothing ? null : until);
        writer.WriteEndObject();
    }
}
