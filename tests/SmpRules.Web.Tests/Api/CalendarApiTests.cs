using System.Net;
using System.Net.Http;
using System.Text.Json;
using SmpRules.Calendar;
using SmpRules.Web.Tests.Support;

namespace SmpRules.Web.Tests.Api;

/// <summary><c>GET /api/calendar.ics</c>: read back with Ical.Net and compared with the library's stretches.</summary>
public sealed class CalendarApiTests : IClassFixture<WebAppFactory>
{
    private readonly HttpClient _client;

    public CalendarApiTests(WebAppFactory factory)
    {
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Calendar_IsTextCalendarWhoseEventsAreTheStretchesOfThePlan()
    {
        HttpResponseMessage response = await _client.GetAsync($"/api/calendar.ics?{Schedules.LondonTwoSessionsQuery}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        response.Content.Headers.ContentDisposition!.ToString().Should().Be("inline; filename=\"aftercare.ics\"");
        response.Headers.CacheControl!.NoStore.Should().BeTrue("DTSTAMP is the clock's instant");
        string text = await response.Content.ReadAsStringAsync();
        var calendar = Ical.Net.Calendar.Load(text)!;
        var stretches = CareRevisions.Of(Schedules.LondonTwoSessions).Stretches;
        calendar.Events.Should().HaveCount(stretches.Length);
        foreach (CareStretch s in stretches)
        {
            var e = calendar.Events.Single(e => e.Uid!.StartsWith(s.Key + "/", StringComparison.Ordinal));
            Instant start = e.DtStart!.HasTime
                ? Instant.FromDateTimeUtc(DateTime.SpecifyKind(e.DtStart.AsUtc, DateTimeKind.Utc))
                : Schedules.LondonTwoSessions.Zone.AtStartOfDay(new LocalDate(e.DtStart.Year, e.DtStart.Month, e.DtStart.Day)).ToInstant();
            start.Should().Be(s.Start, s.Key);
            e.DtStamp!.AsUtc.Should().Be(WebAppFactory.Now.ToDateTimeUtc(), "DTSTAMP comes from the clock registered in DI");
        }
    }

    [Fact]
    public async Task Calendar_SameQuery_SameBytes_AndReminderOptionsAreApplied()
    {
        string query = $"/api/calendar.ics?{Schedules.LondonQuery}&culture=es&remind=do&remindBefore=6h&calendarId=client-7";
        string first = await _client.GetStringAsync(query);
        string second = await _client.GetStringAsync(query);

        second.Should().Be(first);
        first.Should().Contain("TRIGGER:-PT6H\r\n").And.Contain("SUMMARY:Mantén el cuero cabelludo seco\r\n");
        Ical.Net.Calendar.Load(first)!.Events.Should().OnlyContain(e => e.Uid!.EndsWith("/client-7@smprules", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calendar_Head_HasTheHeadersAndNoBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, $"/api/calendar.ics?{Schedules.LondonQuery}");
        HttpResponseMessage response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        response.Content.Headers.ContentLength.Should().BeGreaterThan(1000);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Calendar_BadOptions_AreEveryOneAProblemWithItsParameter()
    {
        JsonElement problem = await (await _client.GetAsync($"/api/calendar.ics?{Schedules.LondonQuery}&remind=sometimes&remindBefore=3d&calendarId=a%20b"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "The request's input is invalid.");

        problem.ShouldHaveErrors(
            ("remind", "The directive 'sometimes' is not one of do, avoid, limit or expect."),
            ("remindBefore", "The duration '3d' is not hours or minutes up to a week, such as 12h or 90m."),
            ("calendarId", "The calendar id 'a b' must be 1 to 64 ASCII letters, digits, '-', '_' or '.', such as client-1042."));
    }

    [Fact]
    public async Task Calendar_BadPlanOrUnknownParameter_IsAProblemNotACalendar()
    {
        JsonElement gap = await (await _client.GetAsync("/api/calendar.ics?zone=Europe/London&session=2026-03-29T01:30"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "The request's input is invalid.");
        gap.GetProperty("errors")[0].GetProperty("parameter").GetString().Should().Be("session");

        JsonElement unknown = await (await _client.GetAsync($"/api/calendar.ics?{Schedules.LondonQuery}&from=2026-11-20"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "The request's input is invalid.");
        unknown.ShouldHaveErrors(("from", "The query parameter 'from' is not known; use zone, session, fact, culture, protocol, remind, remindBefore, calendarId."));

        await (await _client.GetAsync("/api/calendar.ics")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "The request's input is invalid.");
    }
}
