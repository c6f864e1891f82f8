using System.Net;
using System.Net.Http;
using System.Text.Json;
using NodaTime.Text;
using SmpRules.Scheduling;

namespace SmpRules.Web.Tests.Support;

/// <summary>Checks the web sample's answers, field by field, against the library's own answers, and its problem details.</summary>
internal static class JsonAssertions
{
    /// <summary>Asserts a 200 JSON answer and returns its document.</summary>
    public static async Task<JsonElement> ShouldBeJsonAsync(this HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>
    /// Asserts an RFC 7807 problem details answer: the status, the content type, the title and the detail, and that it
    /// gives away no internals. Returns its document.
    /// </summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string title, string? detail = null)
    {
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        body.Should().NotContainAny("Exception", "   at ", "StackTrace", "SmpRules.Web.");
        JsonElement json = JsonDocument.Parse(body).RootElement.Clone();
        json.GetProperty("status").GetInt32().Should().Be((int)status);
        json.GetProperty("title").GetString().Should().Be(title);
        if (detail is not null)
        {
            json.GetProperty("detail").GetString().Should().Be(detail);
        }

        return json;
    }

    /// <summary>Asserts the errors of a bad-input problem: each one's parameter and message, in order.</summary>
    public static void ShouldHaveErrors(this JsonElement problem, params (string Parameter, string Message)[] errors)
    {
        problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("parameter").GetString()!, e.GetProperty("message").GetString()!))
            .Should().Equal(errors);
        problem.GetProperty("detail").GetString().Should().Be(string.Join(" ", errors.Select(e => e.Message)));
    }

    /// <summary>Asserts the whole advice document: zone, query, course day and every item.</summary>
    public static void ShouldMatch(this JsonElement json, CareSchedule schedule, CareAdvice advice, string culture = "en")
    {
        json.EnumerateObject().Select(p => p.Name).Should().Equal("zone", "query", "courseDay", "advice");
        json.GetProperty("zone").GetString().Should().Be(schedule.Zone.Id);
        json.GetProperty("courseDay").GetInt32().Should().Be(advice.CourseDay);
        JsonElement[] items = json.GetProperty("advice").EnumerateArray().ToArray();
        items.Should().HaveCount(advice.Items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            items[i].ShouldMatch(advice.Items[i], culture);
        }
    }

    /// <summary>Asserts one advice item, with exactly the contract's fields, in its order.</summary>
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

/// <summary>Checks timeline segments against the library's.</summary>
internal static class SegmentAssertions
{
    /// <summary>Asserts one segment, with exactly the contract's fields.</summary>
    public static void ShouldMatch(this JsonElement json, Instant from, Instant? until, IEnumerable<CareAdviceItem> applies, IEnumerable<CareAdviceItem> suspended)
    {
        json.EnumerateObject().Select(p => p.Name).Should().Equal("from", "until", "applies", "suspended");
        json.GetProperty("from").GetString().Should().Be(JsonAssertions.Utc(from));
        if (until is { } end)
        {
            json.GetProperty("until").GetString().Should().Be(JsonAssertions.Utc(end));
        }
        else
        {
            json.GetProperty("until").ValueKind.Should().Be(JsonValueKind.Null);
        }

        json.GetProperty("applies").EnumerateArray().Select(e => e.GetString()).Should().Equal(applies.Select(i => i.RuleId));
        json.GetProperty("suspended").EnumerateArray().Select(e => e.GetString()).Should().Equal(suspended.Select(i => i.RuleId));
    }
}
