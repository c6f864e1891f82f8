using System.Globalization;
using Microsoft.Playwright;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;
using SmpRules.Web.Tests.Support;

namespace SmpRules.Web.Tests.Page;

/// <summary>The page in a real Chromium: a user enters a plan and a day, and sees the advice grouped by family, or the errors.</summary>
public sealed class PageTests : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly BrowserFixture _fixture;
    private readonly List<string> _scriptErrors = [];
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public PageTests(BrowserFixture fixture)
    {
        _fixture = fixture;
    }

    public async Task InitializeAsync()
    {
        _context = await _fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _fixture.Address.ToString() });
        _page = await _context.NewPageAsync();
        _page.PageError += (_, error) => _scriptErrors.Add(error);
        _page.Response += (_, response) =>
        {
            if (response.Status == 404)
            {
                _scriptErrors.Add("404: " + response.Url);
            }
        };
        _page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.Contains("status of 400 (Bad Request)", StringComparison.Ordinal))
            {
                _scriptErrors.Add(message.Text);
            }
        };
        await _page.GotoAsync("/");
        await _page.Locator("#protocol[data-loaded=true]").WaitForAsync();
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        _scriptErrors.Should().BeEmpty("the page's script must run without errors");
    }

    [Fact]
    public async Task Page_WorkedExampleDayTwo_ShowsAdviceGroupedByFamily()
    {
        await AskAsync("Europe/London", ["2026-11-20T10:00"], "2");

        await ShouldShowAsync(Schedules.London, Schedules.London.OnCourseDay(2));
        (await _page.Locator("#result-heading").TextContentAsync()).Should().Be("Course day 2: 2026-11-22 (Europe/London)");
        (await _page.Locator("section.family").EvaluateAllAsync<string[]>("s => s.map(e => e.dataset.family)"))
            .Should().Equal("dry-period", "hygiene", "hydration", "sweat-avoidance");
        (await _page.Locator("li[data-rule-id='hygiene.shampoo-and-condition'] .meta").TextContentAsync())
            .Should().Be("hygiene.shampoo-and-condition · session 1, day 2 · suspended by dry-period.keep-scalp-dry · resumes 2026-11-25 00:00");
        (await _page.Locator("li[data-rule-id='dry-period.loose-hat'] .meta").TextContentAsync())
            .Should().Be("dry-period.loose-hat · session 1, day 2 · until 2026-12-19 00:00");
        (await _page.Locator("#problem").IsHiddenAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task Page_SecondSession_NamesTheGoverningSessionAndItsDay()
    {
        await AskAsync("Europe/London", ["2026-11-20T10:00", "2026-12-01T10:00"], "13");

        await ShouldShowAsync(Schedules.LondonTwoSessions, Schedules.LondonTwoSessions.OnCourseDay(13));
        (await _page.Locator("li[data-rule-id='dry-period.keep-scalp-dry'] .meta").TextContentAsync())
            .Should().Be("dry-period.keep-scalp-dry · session 2, day 2 · until 2026-12-06 00:00");
    }

    [Fact]
    public async Task Page_LateInTheCourse_ShowsWhatStaysForGood()
    {
        await AskAsync("America/New_York", ["2026-03-07T09:30"], "400");

        CareSchedule schedule = StandardProtocol.Instance.Apply(CarePlan.Create("America/New_York", new LocalDateTime(2026, 3, 7, 9, 30)));
        await ShouldShowAsync(schedule, schedule.OnCourseDay(400));
        (await _page.Locator("li[data-rule-id='hydration.moisturize'] .meta").TextContentAsync()).Should().EndWith("· for good");
    }

    [Fact]
    public async Task Page_ClinicProtocolInSpanish_UsesBoth()
    {
        (await _page.Locator("#protocol option").AllTextContentsAsync()).Should().Equal("clinic", "standard");
        (await _page.Locator("#protocol").InputValueAsync()).Should().Be("standard");
        await _page.SelectOptionAsync("#protocol", "clinic");
        await _page.SelectOptionAsync("#culture", "es");

        await AskAsync("Europe/London", ["2026-11-20T10:00"], "5");

        CareSchedule clinic = WebAppFactory.Clinic.Apply(Schedules.London.Plan);
        await ShouldShowAsync(clinic, clinic.OnCourseDay(5), "es");
    }

    [Fact]
    public async Task Page_UnknownZone_ShowsTheProblemDetails()
    {
        await AskAsync("Mars/Olympus", ["2026-11-20T10:00"], "2");

        await ShouldShowProblemAsync(
            "The request's input is invalid.",
            "zone: The time zone 'Mars/Olympus' is not a known IANA time zone id; use one such as 'Europe/London' or 'America/New_York'.");
    }

    [Fact]
    public async Task Page_EveryBadInput_ListsEveryError()
    {
        await AskAsync("Europe/London", ["2026-03-29T01:30", "next week"], "soon");

        await ShouldShowProblemAsync(
            "The request's input is invalid.",
            "n: The course day 'soon' is not a whole number, such as 2 (day 0 is the first session's date; negative days lie before it).",
            "session: The session 'next week' (position 2) is not a local date and time in the form yyyy-MM-ddTHH:mm, such as 2026-11-20T10:00.");
    }

    [Fact]
    public async Task Page_SessionInGapAndNoDay_AreShown()
    {
        await AskAsync("Europe/London", ["2026-03-29T01:30"], "99999");

        await ShouldShowProblemAsync(
            "The request's input is invalid.",
            "n: The course day 99999 is too far from the first session; give a day between -36524 and 36524.",
            "session: The session at 2026-03-29T01:30 (position 1) does not exist in Europe/London: the clocks go forward from 01:00 to 02:00 on 2026-03-29.");
    }

    [Fact]
    public async Task Page_NoSession_SaysOneIsNeeded()
    {
        await AskAsync("Europe/London", [], "2");

        await ShouldShowProblemAsync(
            "The request's input is invalid.",
            "session: A session is needed: give at least one session parameter with the local date and time of a treatment session, such as session=2026-11-20T10:00.");
    }

    [Fact]
    public async Task Page_ErrorThenFixed_HidesTheErrorAndShowsAdvice()
    {
        await AskAsync("Europe/Londres", ["2026-11-20T10:00"], "2");
        (await _page.Locator("#problem").IsVisibleAsync()).Should().BeTrue();

        await AskAsync("Europe/London", ["2026-11-20T10:00"], "2");

        (await _page.Locator("#problem").IsHiddenAsync()).Should().BeTrue();
        await ShouldShowAsync(Schedules.London, Schedules.London.OnCourseDay(2));
    }

    [Fact]
    public async Task Page_HostileText_IsShownAsTextNeverAsHtml()
    {
        await AskAsync("<img src=x onerror=alert(1)>", ["2026-11-20T10:00"], "2");

        await ShouldShowProblemAsync(
            "The request's input is invalid.",
            "zone: The time zone '<img src=x onerror=alert(1)>' is not a known IANA time zone id; use one such as 'Europe/London' or 'America/New_York'.");
        (await _page.Locator("#problem img").CountAsync()).Should().Be(0);
    }

    private async Task AskAsync(string zone, string[] sessions, string day)
    {
        int answered = int.Parse(await _page.Locator("#plan").GetAttributeAsync("data-answered") ?? "0", CultureInfo.InvariantCulture);
        await _page.FillAsync("#zone", zone);
        await _page.FillAsync("#sessions", string.Join("\n", sessions));
        await _page.FillAsync("#day", day);
        await _page.ClickAsync("#show");
        await _page.Locator($"#plan[data-answered='{answered + 1}']").WaitForAsync();
    }

    private async Task ShouldShowAsync(CareSchedule schedule, CareAdvice advice, string culture = "en")
    {
        (await _page.Locator("#result").IsVisibleAsync()).Should().BeTrue();
        ILocator items = _page.Locator("li.item");
        (await items.CountAsync()).Should().Be(advice.Items.Length);
        var families = advice.Items.Select(i => i.Family.Name).Distinct().ToArray();
        (await _page.Locator("section.family h3").AllTextContentsAsync()).Should().Equal(families);

        // Grouped by family, in the protocol's order within each family.
        CareAdviceItem[] grouped = families.SelectMany(f => advice.Items.Where(i => i.Family.Name == f)).ToArray();
        for (int i = 0; i < grouped.Length; i++)
        {
            CareAdviceItem item = grouped[i];
            ILocator entry = items.Nth(i);
            (await entry.GetAttributeAsync("data-rule-id")).Should().Be(item.RuleId);
            string status = item.Status == CareStatus.Applies ? "applies" : "suspended";
            (await entry.Locator(".status").TextContentAsync()).Should().Be(status);
            (await entry.Locator(".directive").TextContentAsync()).Should().Be(item.Directive.ToString().ToLowerInvariant());
            (await entry.Locator(".text").TextContentAsync()).Should().Be(" " + item.GetText(culture));
            (await entry.Locator(".why").TextContentAsync()).Should().Be("why: " + item.Explanation);
            string meta = (await entry.Locator(".meta").TextContentAsync())!;
            meta.Should().StartWith($"{item.RuleId} · session {item.Session.Number}, day {item.SessionDay} · ");
            string? until = item.Interval.HasEnd ? item.Interval.End.InZone(schedule.Zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture) : null;
            if (item.SuspendedBy is { } suspender)
            {
                meta.Should().EndWith(until is null ? $"suspended by {suspender.Id} for good" : $"suspended by {suspender.Id} · resumes {until}");
            }
            else
            {
                meta.Should().EndWith(until is null ? "for good" : $"until {until}");
            }
        }
    }

    private async Task ShouldShowProblemAsync(string title, params string[] errors)
    {
        (await _page.Locator("#problem").IsVisibleAsync()).Should().BeTrue();
        (await _page.Locator("#result").IsHiddenAsync()).Should().BeTrue();
        (await _page.Locator("#problem-title").TextContentAsync()).Should().Be(title);
        (await _page.Locator("#problem-errors li").AllTextContentsAsync()).Should().Equal(errors);
    }
}
