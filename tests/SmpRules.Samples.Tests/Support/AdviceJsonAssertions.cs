using System.Text.Json;
using NodaTime.Text;
using SmpRules.Scheduling;

namespace SmpRules.Samples.Tests.Support;

/// <summary>Checks smp-care's JSON, field by field, against the library's own answers.</summary>
internal static class AdviceJsonAssertions
{
    /// <summary>Asserts the whole advice document: zone, query, course day and every item.</summary>
    public static void ShouldMatch(this JsonElement json, CareSchedule schedule, CareAdvice advice, string culture = "en")
    {
        json.GetProperty("zone").GetString().Should().Be(schedule.Zone.Id);
        json.GetProperty("courseDay").GetInt32().Should().Be(advice.CourseDay);
        JsonElement[] items = json.GetProperty("advice").EnumerateArray().ToArray();
        items.Should().HaveCount(advice.Items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            items[i].ShouldMatch(advice.Items[i], culture);
        }
    }

    /// <summary>Asserts one advice item, with exactly the contract's fields.</summary>
    public static void ShouldMatch(this JsonElement json, CareAdviceItem item, string culture = "en")
    {
        json.EnumerateObject().Select(p => p.Name).Should().Equal(
            "ruleId", "family", "directive", "status", "text", "session", "sessionDay", "from", "until", "suspendedBy", "why");
        json.GetProperty("ruleId").GetString().Should().Be(item.RuleId);
        json.GetProperty("family").GetString().Should().Be(item.Family.Name);
        json.GetProperty("directive").GetString().Should().Be(item.Directive.ToString().ToLowerInvariant());
        json.GetProperty("status").GetString().Should().Be(item.Status == CareStatus.Applies ? "applies" : "suspended");
        json.GetProperty("text").GetString().Should().Be(item.GetText(culture));
        json.GetProperty("session").GetInt32().Should().Be(item.Session.Number);
        json.GetProperty("sessionDay").GetInt32().Should().Be(item.SessionDay);
        json.GetProperty("from").GetString().Should().Be(Utc(item.Interval.Start));
        if (item.Interval.HasEnd)
        {
            json.GetProperty("until").GetString().Should().Be(Utc(item.Interval.End));
        }
        else
        {
            json.GetProperty("until").ValueKind.Should().Be(JsonValueKind.Null);
        }

        if (item.SuspendedBy is { } suspender)
        {
            json.GetProperty("suspendedBy").GetString().Should().Be(suspender.Id);
        }
        else
        {
            json.GetProperty("suspendedBy").ValueKind.Should().Be(JsonValueKind.Null);
        }

        json.GetProperty("why").GetString().Should().Be(item.Explanation);
    }

    /// <summary>An instant in UTC, as the contract writes it.</summary>
    public static string Utc(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
