using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NodaTime.Text;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;
using SmpRules.Web.Tests.Support;

namespace SmpRules.Web.Tests.Page;

/// <summary>
/// The page in a real Chromium, as a client meets it: today's aftercare in plain words, the whole course as a chart,
/// moving through days, the plan and day in the address, English and Spanish, errors tied to their fields.
/// Expectations come from the library's own answers and from the worked example of DOMAIN.md.
/// </summary>
public sealed class PageTests : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string WorkedExample = "zone=Europe/London&session=2026-11-20T10:00";
    private const string BothSessions = "zone=Europe/London&session=2026-11-20T10:00&session=2026-12-01T10:00";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly string KeepDry = StandardProtocol.Instance.Rules.Single(r => r.Id == StandardProtocol.RuleIds.KeepScalpDry).Text.Resolve("en");

    /// <summary>The form is folded away when the address holds a plan, so the tests wait for its marks, not for it to show.</summary>
    private static readonly LocatorWaitForOptions Attached = new() { State = WaitForSelectorState.Attached };

    private readonly BrowserFixture _fixture;
    private readonly List<string> _scriptErrors = [];
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public PageTests(BrowserFixture fixture)
    {
        _fixture = fixture;
    }

    public Task InitializeAsync() => NewPageAsync(new BrowserNewContextOptions { Locale = "en-GB" });

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        _scriptErrors.Should().BeEmpty("the page's script must run without errors");
    }

    [Fact]
    public async Task WorkedExampleDayTwo_ShowsTheDayInPlainWords_GroupedByWhatToDo()
    {
        await OpenAsync($"?{WorkedExample}&date=2026-11-22");

        (await Text("#today-heading")).Should().Be("Sunday 22 November 2026");
        (await Text("#today-sub")).Should().Be("Day 2 of your course · Europe/London");
        await ShouldShowDayAsync(Schedules.London, new LocalDate(2026, 11, 22));

        // DOMAIN.md's worked example, day 2: washing waits for the dry period; no sauna for the first four weeks.
        (await ItemText("hygiene.shampoo-and-condition", ".lasts")).Should().Be("Paused until the end of Tuesday 24 November");
        (await ItemText("dry-period.keep-scalp-dry", ".lasts")).Should().Be("Until the end of Tuesday 24 November");
        (await ItemText("dry-period.keep-scalp-dry", ".family")).Should().Be("Right after a session");
        (await _page.Locator("[data-group] h3").AllTextContentsAsync()).Should().Equal(GroupsOf(Schedules.London.On(new LocalDate(2026, 11, 22))).Select(g => EnglishGroups[g]));
        (await _page.Locator("#problem").IsHiddenAsync()).Should().BeTrue();
        (await _page.Locator("#today-settled").IsHiddenAsync()).Should().BeTrue("the dry period and the sauna still end later");
        (await Text("#day-output")).Should().Be("Day 2");
    }

    [Fact]
    public async Task LongAfterTheCourse_SaysNothingChangesAnyMore_OnlyOnceTheLastChangeIsPast()
    {
        CareSchedule schedule = StandardProtocol.Instance.Apply(CarePlan.Create("America/New_York", new LocalDateTime(2026, 3, 7, 9, 30)));
        LocalDate lastChange = schedule.Transitions[^1].InZone(schedule.Zone).Date;

        await OpenAsync($"?zone=America/New_York&session=2026-03-07T09:30&date={lastChange.PlusDays(1):uuuu-MM-dd}");
        (await _page.Locator("#today-settled").IsVisibleAsync()).Should().BeTrue();
        (await Text("#today-settled")).Should().Be("Nothing changes after this any more: what is shown here is for good.");
        await ShouldShowDayAsync(schedule, lastChange.PlusDays(1));

        await AnsweredAfterAsync(() => _page.ClickAsync("#previous"));
        (await _page.Locator("#today-settled").IsHiddenAsync()).Should().BeTrue("on the day of the last change, something still changes");
    }

    [Fact]
    public async Task Why_IsShownOnRequest_NotByDefault()
    {
        await OpenAsync($"?{WorkedExample}&date=2026-11-22");
        ILocator why = Item("dry-period.keep-scalp-dry").Locator("details.why");

        (await why.Locator(".because").IsVisibleAsync()).Should().BeFalse();
        await why.Locator("summary").ClickAsync();

        (await why.Locator(".because").IsVisibleAsync()).Should().BeTrue();
        (await why.Locator(".because").TextContentAsync()).Should().Be(
            "Day 2 after session 1. This applies from 10:00 on Friday 20 November until the end of Tuesday 24 November.");
        (await Item("hygiene.shampoo-and-condition").Locator(".because").TextContentAsync()).Should().Be(
            $"Paused while \u201c{KeepDry.TrimEnd('.')}\u201d applies: from 10:00 on Friday 20 November until the end of Tuesday 24 November.");
    }

    [Fact]
    public async Task SecondSession_NoSaunaRunsOnAcrossTheHandover_AndNamesSessionTwo()
    {
        // Issue 8's worked example: asked on 2026-12-03, no sauna from 2026-11-20 10:00 until 2026-12-30 00:00, session 2, day 2.
        await OpenAsync($"?{BothSessions}&date=2026-12-03");

        await ShouldShowDayAsync(Schedules.LondonTwoSessions, new LocalDate(2026, 12, 3));
        (await ItemText("sweat-avoidance.no-sauna-or-steam", ".lasts")).Should().Be("Until the end of Tuesday 29 December");
        (await Item("sweat-avoidance.no-sauna-or-steam").Locator(".because").TextContentAsync()).Should().StartWith(
            "Day 2 after session 2. This applies from 10:00 on Friday 20 November until the end of Tuesday 29 December.");
    }

    [Fact]
    public async Task SessionDay_ShowsEachRuleOncePerStretch_WithTheTimeItChanges()
    {
        // On 2026-12-01 shampoo applies until 10:00, then is paused from 10:00 until 2026-12-06 00:00.
        await OpenAsync($"?{BothSessions}&date=2026-12-01");

        await ShouldShowDayAsync(Schedules.LondonTwoSessions, new LocalDate(2026, 12, 1));
        ILocator shampoo = _page.Locator("li.item[data-rule-id='hygiene.shampoo-and-condition']");
        (await shampoo.Locator(".lasts").AllTextContentsAsync()).Should().Equal(
            "Until 10:00 on Tuesday 1 December",
            "From 10:00, paused until the end of Saturday 5 December");
        (await _page.Locator("li.item[data-rule-id='sweat-avoidance.no-sauna-or-steam']").CountAsync()).Should().Be(1);
        (await Text("#today-session")).Should().Be("Your session 2 is on this day at 10:00.");
    }

    [Fact]
    public async Task Chart_DrawsEveryStretchOfTheCourse_AsTheLibraryGivesIt()
    {
        await OpenAsync($"?{BothSessions}&date=2026-12-03");
        CareSchedule schedule = Schedules.LondonTwoSessions;

        ILocator bars = _page.Locator("#course-chart rect.bar");
        (await bars.CountAsync()).Should().BeGreaterThan(0);
        string[][] drawn = await bars.EvaluateAllAsync<string[][]>("bs => bs.map(b => [b.parentNode.dataset.ruleId, b.dataset.status, b.dataset.from, b.dataset.until])");
        foreach (string[] bar in drawn)
        {
            // Each bar is one whole stretch: at its start the library gives the rule that status for exactly that interval.
            Instant from = InstantPattern.ExtendedIso.Parse(bar[2]).Value;
            CareAdviceItem item = schedule.At(from).Items.Single(i => i.RuleId == bar[0]);
            (item.Status == CareStatus.Suspended ? "suspended" : "applies").Should().Be(bar[1], string.Join(" ", bar));
            item.Interval.Start.Should().Be(from, string.Join(" ", bar));
            (item.Interval.HasEnd ? InstantPattern.ExtendedIso.Format(item.Interval.End) : string.Empty).Should().Be(bar[3], string.Join(" ", bar));
        }

        // No sauna is one bar across the second session, not two.
        drawn.Where(b => b[0] == "sweat-avoidance.no-sauna-or-steam").Select(b => b[2] + " " + b[3]).Should().Equal("2026-11-20T10:00:00Z 2026-12-30T00:00:00Z");
        (await _page.Locator("#chart-marker").CountAsync()).Should().Be(1);
        (await _page.Locator("#summary li").CountAsync()).Should().Be(await _page.Locator("#course-chart g.rule").CountAsync());
    }

    [Fact]
    public async Task MovingThroughDays_WithButtonsSliderAndDatePicker_KeepsTheDayInTheAddress()
    {
        await OpenAsync($"?{WorkedExample}&date=2026-11-22");

        await AnsweredAfterAsync(() => _page.ClickAsync("#next"));
        (await Text("#today-heading")).Should().Be("Monday 23 November 2026");
        _page.Url.Should().Contain("date=2026-11-23");
        await ShouldShowDayAsync(Schedules.London, new LocalDate(2026, 11, 23));

        await AnsweredAfterAsync(() => _page.ClickAsync("#previous"));
        (await Text("#today-heading")).Should().Be("Sunday 22 November 2026");

        await AnsweredAfterAsync(() => _page.Locator("#day-slider").EvaluateAsync("s => { s.value = '30'; s.dispatchEvent(new Event('change')); }"));
        (await Text("#today-sub")).Should().StartWith("Day 30 of your course");
        (await Text("#day-output")).Should().Be("Day 30");
        await ShouldShowDayAsync(Schedules.London, new LocalDate(2026, 12, 20));

        await AnsweredAfterAsync(() => _page.FillAsync("#date", "2026-11-19"));
        (await Text("#today-sub")).Should().StartWith("The day before your first session");
        _page.Url.Should().Contain("date=2026-11-19");

        // The address opens the same view.
        string address = _page.Url;
        await NewPageAsync(new BrowserNewContextOptions { Locale = "en-GB" });
        await _page.GotoAsync(address);
        await _page.Locator("#plan[data-ready=true]").WaitForAsync(Attached);
        (await Text("#today-heading")).Should().Be("Thursday 19 November 2026");
        await ShouldShowDayAsync(Schedules.London, new LocalDate(2026, 11, 19));
    }

    [Fact]
    public async Task WithoutADate_ShowsTodayInThePlansZone()
    {
        // 23:30 UTC on 2026-11-22 is already 23 November in Tokyo.
        await _page.Clock.SetFixedTimeAsync(new DateTime(2026, 11, 22, 23, 30, 0, DateTimeKind.Utc));
        await OpenAsync("?zone=Asia/Tokyo&session=2026-11-20T10:00");

        (await Text("#today-heading")).Should().Be("Today, Monday 23 November 2026");
        (await Text("#today-sub")).Should().Be("Day 3 of your course · Asia/Tokyo");
    }

    [Fact]
    public async Task Spanish_ByTheBrowsersLanguage_SpeaksSpanishThroughout()
    {
        await NewPageAsync(new BrowserNewContextOptions { Locale = "es-ES" });
        await OpenAsync($"?{WorkedExample}&date=2026-11-22");

        (await _page.Locator("html").GetAttributeAsync("lang")).Should().Be("es");
        (await Text("h1")).Should().Be("Tus cuidados del cuero cabelludo");
        (await Text("#today-heading")).Should().Be("Domingo 22 de noviembre de 2026");
        (await Text("#today-sub")).Should().Be("Día 2 de tu tratamiento · Europe/London");
        (await _page.Locator("[data-group] h3").AllTextContentsAsync()).Should().Equal(GroupsOf(Schedules.London.On(new LocalDate(2026, 11, 22))).Select(g => SpanishGroups[g]));
        (await ItemText("hygiene.shampoo-and-condition", ".lasts")).Should().Be("En pausa hasta el final del martes 24 de noviembre");
        (await ItemText("dry-period.keep-scalp-dry", ".family")).Should().Be("Tras cada sesión");
        (await Item("dry-period.keep-scalp-dry").Locator("summary").TextContentAsync()).Should().Be("¿Por qué?");
        (await Item("dry-period.keep-scalp-dry").Locator(".because").TextContentAsync()).Should().Be(
            "Día 2 después de la sesión 1. Se aplica desde las 10:00 del viernes 20 de noviembre hasta el final del martes 24 de noviembre.");
        await ShouldShowDayAsync(Schedules.London, new LocalDate(2026, 11, 22), "es");
    }

    [Fact]
    public async Task AddToCalendar_LinksTheShownPlanAsICalendar_AndAsASubscription()
    {
        await NewPageAsync(new BrowserNewContextOptions { Locale = "en-GB", ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await OpenAsync($"?{BothSessions}&date=2026-12-03");

        ILocator add = _page.Locator("#add-calendar");
        (await add.TextContentAsync()).Should().Be("Add to my calendar");
        (await add.IsVisibleAsync()).Should().BeTrue();
        string href = (await add.GetAttributeAsync("href"))!;
        href.Should().StartWith("/api/calendar.ics?").And.Contain("remind=do").And.Contain("culture=en")
            .And.Contain("session=2026-11-20T10%3A00").And.Contain("session=2026-12-01T10%3A00");
        (await _page.Locator("#subscribe-calendar").GetAttributeAsync("href")).Should().Be("webcal://" + _fixture.Address.Authority + href);

        // What the link gives, fetched by the page itself: the plan's stretches as iCalendar, in the page's language.
        System.Text.Json.JsonElement answer = await _page.EvaluateAsync<System.Text.Json.JsonElement>(
            "async (url) => { const r = await fetch(url); return { status: r.status, type: r.headers.get('content-type'), body: await r.text() }; }", href);
        answer.GetProperty("status").GetInt32().Should().Be(200);
        answer.GetProperty("type").GetString().Should().Be("text/calendar; charset=utf-8");
        var calendar = Ical.Net.Calendar.Load(answer.GetProperty("body").GetString()!)!;
        calendar.Events.Select(e => e.Uid!.Split('/')[..^1]).Select(parts => string.Join('/', parts))
            .Should().BeEquivalentTo(SmpRules.Calendar.CareRevisions.Of(Schedules.LondonTwoSessions).Stretches.Select(s => s.Key));
        calendar.Events.Where(e => e.Alarms!.Count > 0).Should().NotBeEmpty();

        await AnsweredAfterAsync(() => _page.ClickAsync("button.lang[data-lang=es]"));
        (await add.TextContentAsync()).Should().Be("Añadir a mi calendario");
        (await add.GetAttributeAsync("href")).Should().Contain("culture=es");
    }

    [Fact]
    public async Task AddToCalendar_KeepsOneCalendarIdentityWhenThePlanIsRevised_SoTheEventsThatStillExistKeepTheirUids()
    {
        await NewPageAsync(new BrowserNewContextOptions { Locale = "en-GB", ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await OpenAsync($"?{BothSessions}&date=2026-12-03");
        string Id(string href) => System.Web.HttpUtility.ParseQueryString(href[(href.IndexOf('?', StringComparison.Ordinal) + 1)..])["calendarId"]!;
        string first = (await _page.Locator("#add-calendar").GetAttributeAsync("href"))!;
        string id = Id(first);
        id.Should().MatchRegex("^c[0-9a-f]{16}$");
        _page.Url.Should().Contain("calendar=" + id, "the identity is kept in the address, so a reload keeps it");

        // The clinic moves the second session by a week: the same identity, so the stretch of session 1's dry period keeps its UID.
        await _page.Locator("#plan-box summary").ClickAsync();
        await SubmitAsync("Europe/London", ["2026-11-20T10:00", "2026-12-08T10:00"]);
        string moved = (await _page.Locator("#add-calendar").GetAttributeAsync("href"))!;
        moved.Should().NotBe(first).And.Contain("session=2026-12-08T10%3A00");
        Id(moved).Should().Be(id);

        await _page.ReloadAsync();
        await _page.Locator("#plan[data-ready=true]").WaitForAsync(Attached);
        Id((await _page.Locator("#add-calendar").GetAttributeAsync("href"))!).Should().Be(id);

        async Task<string[]> Uids(string url)
        {
            string body = (await _page.EvaluateAsync<System.Text.Json.JsonElement>("async (url) => ({ body: await (await fetch(url)).text() })", url)).GetProperty("body").GetString()!;
            return [.. Ical.Net.Calendar.Load(body)!.Events.Select(e => e.Uid!)];
        }

        string dry = $"dry-period.keep-scalp-dry/applies/s1/{id}@smprules";
        (await Uids(first)).Should().Contain(dry);
        (await Uids(moved)).Should().Contain(dry);
    }

    [Fact]
    public async Task LanguageSwitch_ChangesTheInterfaceAndTheTexts_AndIsKeptInTheAddress()
    {
        await OpenAsync($"?{WorkedExample}&date=2026-11-22");
        (await Text("#course-heading")).Should().Be("Your whole course");

        await AnsweredAfterAsync(() => _page.ClickAsync("button.lang[data-lang=es]"));

        (await Text("#course-heading")).Should().Be("Todo tu tratamiento");
        (await _page.Locator("button.lang[data-lang=es]").GetAttributeAsync("aria-pressed")).Should().Be("true");
        _page.Url.Should().Contain("lang=es");
        await ShouldShowDayAsync(Schedules.London, new LocalDate(2026, 11, 22), "es");
        (await _page.Locator("#course-chart g.rule text").First.TextContentAsync()).Should().NotBe(
            StandardProtocol.Instance.Rules[0].Text.Resolve("en"));
    }

    [Fact]
    public async Task ClinicProtocol_IsChosenFromTheList()
    {
        await OpenAsync(string.Empty);
        (await _page.Locator("#protocol option").AllTextContentsAsync()).Should().Equal("clinic", "standard");
        (await _page.Locator("#protocol").InputValueAsync()).Should().Be("standard");
        await _page.SelectOptionAsync("#protocol", "clinic");

        await SubmitAsync("Europe/London", ["2026-11-20T10:00"]);

        _page.Url.Should().Contain("protocol=clinic");
        CareSchedule clinic = WebAppFactory.Clinic.Apply(Schedules.London.Plan);
        LocalDate today = SystemClock.Instance.GetCurrentInstant().InZone(clinic.Zone).Date;
        await ShouldShowDayAsync(clinic, today);
    }

    [Fact]
    public async Task UnknownZone_IsShownAtItsField_AndFocusMovesToTheErrors()
    {
        await OpenAsync(string.Empty);

        await SubmitAsync("Mars/Olympus", ["2026-11-20T10:00"]);

        (await _page.Locator("#problem").IsVisibleAsync()).Should().BeTrue();
        (await _page.EvaluateAsync<string>("document.activeElement.id")).Should().Be("problem");
        (await Text("#problem-title")).Should().Be("Please check your plan");
        (await _page.Locator("#problem-errors li").AllTextContentsAsync()).Should().Equal(
            "Time zone: The time zone 'Mars/Olympus' is not a known IANA time zone id; use one such as 'Europe/London' or 'America/New_York'.");
        (await _page.Locator("#zone").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await _page.Locator("#zone").GetAttributeAsync("aria-describedby")).Should().Contain("zone-error");
        (await Text("#zone-error")).Should().Be("The time zone 'Mars/Olympus' is not a known IANA time zone id; use one such as 'Europe/London' or 'America/New_York'.");

        // The error's link takes the keyboard to the field.
        await _page.ClickAsync("#problem-errors a");
        (await _page.EvaluateAsync<string>("document.activeElement.id")).Should().Be("zone");
    }

    [Fact]
    public async Task EveryBadInput_IsListed_EachAtItsField_ThenFixedAndFocusMovesToTheDay()
    {
        await OpenAsync(string.Empty);

        await SubmitAsync("Europe/London", ["2026-03-29T01:30", "next week"], "skin-type");

        (await _page.Locator("#problem-errors li").AllTextContentsAsync()).Should().Equal(
            "Sessions: The session 'next week' (position 2) is not a local date and time in the form yyyy-MM-ddTHH:mm, such as 2026-11-20T10:00.",
            "About you: The fact 'skin-type' is not in the form key=value, such as skin-type=very-fair.");
        (await _page.Locator("#sessions").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await _page.Locator("#facts").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await _page.Locator("#zone").GetAttributeAsync("aria-invalid")).Should().BeNull();

        await SubmitAsync("Europe/London", ["2026-11-20T10:00"]);

        (await _page.Locator("#problem").IsHiddenAsync()).Should().BeTrue();
        (await _page.Locator("#sessions").GetAttributeAsync("aria-invalid")).Should().BeNull();
        (await _page.Locator("#sessions-error").IsHiddenAsync()).Should().BeTrue();
        (await _page.EvaluateAsync<string>("document.activeElement.id")).Should().Be("today");
    }

    [Fact]
    public async Task SessionInAGap_AndADateTooFar_AreEachShownAtTheirField()
    {
        await OpenAsync("?zone=Europe/London&session=2026-03-29T01:30&date=2200-01-01");

        (await _page.Locator("#problem-errors li").AllTextContentsAsync()).Should().Equal(
            "Sessions: The session at 2026-03-29T01:30 (position 1) does not exist in Europe/London: the clocks go forward from 01:00 to 02:00 on 2026-03-29.");
        (await Text("#sessions-error")).Should().Contain("the clocks go forward");

        await OpenAsync($"?{WorkedExample}&date=2200-01-01");

        (await _page.Locator("#problem-errors li").AllTextContentsAsync()).Should().Equal(
            "Date: The date 2200-01-01 is too far from the first session; give one within 36524 days of 2026-11-20.");
        (await _page.Locator("#date").GetAttributeAsync("aria-invalid")).Should().Be("true");
    }

    [Fact]
    public async Task HostileText_IsShownAsTextNeverAsHtml()
    {
        await OpenAsync(string.Empty);

        await SubmitAsync("<img src=x onerror=alert(1)>", ["2026-11-20T10:00"]);

        (await _page.Locator("#problem-errors li").AllTextContentsAsync()).Should().Equal(
            "Time zone: The time zone '<img src=x onerror=alert(1)>' is not a known IANA time zone id; use one such as 'Europe/London' or 'America/New_York'.");
        (await _page.Locator("#problem img, #zone-error img").CountAsync()).Should().Be(0);
    }

    [Theory]
    [InlineData(390, "en")]
    [InlineData(390, "es")]
    [InlineData(1280, "en")]
    [InlineData(1280, "es")]
    public async Task AtPhoneAndDesktopWidth_NothingScrollsSideways_AndAxeFindsNoSeriousViolation(int width, string lang)
    {
        await NewPageAsync(new BrowserNewContextOptions { Locale = lang == "es" ? "es-ES" : "en-GB", ViewportSize = new ViewportSize { Width = width, Height = 844 } });
        await OpenAsync($"?{BothSessions}&date=2026-12-03&lang={lang}");
        await Item("dry-period.keep-scalp-dry").Locator("summary").ClickAsync();

        (await _page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(width, "the page must not scroll sideways");
        (await _page.EvaluateAsync<int>("document.getElementById('course-chart').getBoundingClientRect().right")).Should().BeLessThanOrEqualTo(width);
        await ScreenshotAsync($"day-{width}-{lang}");
        await ShouldPassAxeAsync($"the day at {width} px in {lang}");

        // With errors shown, too.
        await _page.Locator("#plan-box summary").ClickAsync();
        await SubmitAsync("Mars/Olympus", ["next week"]);
        (await _page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(width);
        await ScreenshotAsync($"errors-{width}-{lang}");
        await ShouldPassAxeAsync($"the errors at {width} px in {lang}");
    }

    [Fact]
    public async Task Print_GivesOneCleanPage_OfTheCourse_WithoutTheControls()
    {
        await OpenAsync($"?{BothSessions}&date=2026-12-03");
        await _page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        (await _page.Locator("#plan-box").IsVisibleAsync()).Should().BeFalse();
        (await _page.Locator("nav.days").IsVisibleAsync()).Should().BeFalse();
        (await _page.Locator("#print").IsVisibleAsync()).Should().BeFalse();
        (await _page.Locator("#today").IsVisibleAsync()).Should().BeFalse();
        (await Text("#print-plan")).Should().Be("Sessions: Friday 20 November 2026, 10:00; Tuesday 1 December 2026, 10:00 (Europe/London)");
        (await _page.Locator("#print-plan").IsVisibleAsync()).Should().BeTrue();
        (await _page.Locator("#course-chart").IsVisibleAsync()).Should().BeTrue();
        (await _page.Locator("#summary").IsVisibleAsync()).Should().BeTrue();

        byte[] pdf = await _page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, Path = ArtifactPath("course.pdf") });
        Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?!s)").Count.Should().Be(1, "the course prints on one page");
    }

    [Fact]
    public async Task ApiReference_RendersTheOpenApiDocument_WithinThePagesSecurityPolicy()
    {
        // The app runs in Development here, where /scalar serves the interactive reference; a policy violation or a
        // script error would be a console error, which DisposeAsync fails on.
        await _page.GotoAsync("/scalar/");

        await _page.GetByText("What applies on a course day").First.WaitForAsync();
        (await _page.ContentAsync()).Should().Contain("SmpRules web sample");
    }

    private async Task NewPageAsync(BrowserNewContextOptions options)
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        options.BaseURL = _fixture.Address.ToString();
        _context = await _fixture.Browser.NewContextAsync(options);
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
    }

    private async Task OpenAsync(string query)
    {
        await _page.GotoAsync("/" + query);
        await _page.Locator("#plan[data-ready=true]").WaitForAsync(Attached);
    }

    private async Task SubmitAsync(string zone, string[] sessions, string facts = "")
    {
        await _page.FillAsync("#zone", zone);
        await _page.FillAsync("#sessions", string.Join("\n", sessions));
        await _page.FillAsync("#facts", facts);
        await AnsweredAfterAsync(() => _page.ClickAsync("#show"));
    }

    private async Task AnsweredAfterAsync(Func<Task> action)
    {
        int answered = int.Parse(await _page.Locator("#plan").GetAttributeAsync("data-answered") ?? "0", CultureInfo.InvariantCulture);
        await action();
        await _page.Locator($"#plan[data-answered='{answered + 1}']").WaitForAsync(Attached);
    }

    private ILocator Item(string ruleId) => _page.Locator($"li.item[data-rule-id='{ruleId}']");

    private async Task<string?> ItemText(string ruleId, string selector) => await Item(ruleId).Locator(selector).TextContentAsync();

    private async Task<string?> Text(string selector) => await _page.Locator(selector).TextContentAsync();

    /// <summary>Checks the day's items against the library's answer for that date: groups, order, texts and how long each lasts.</summary>
    private async Task ShouldShowDayAsync(CareSchedule schedule, LocalDate date, string culture = "en")
    {
        (await _page.Locator("#result").IsVisibleAsync()).Should().BeTrue();
        CareAdvice advice = schedule.On(date);
        string[] order = ["do", "avoid", "limit", "expect", "paused"];
        CareAdviceItem[] expected = advice.Items.ToArray().OrderBy(i => Array.IndexOf(order, GroupOf(i))).ToArray();

        ILocator items = _page.Locator("li.item");
        (await items.CountAsync()).Should().Be(expected.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            CareAdviceItem item = expected[i];
            ILocator entry = items.Nth(i);
            (await entry.GetAttributeAsync("data-rule-id")).Should().Be(item.RuleId);
            (await entry.GetAttributeAsync("data-status")).Should().Be(item.Status == CareStatus.Applies ? "applies" : "suspended");
            (await entry.EvaluateAsync<string>("e => e.closest('[data-group]').dataset.group")).Should().Be(GroupOf(item));
            (await entry.Locator(".text").TextContentAsync()).Should().Be(item.GetText(culture));
            if (culture == "en")
            {
                (await entry.Locator(".lasts").TextContentAsync()).Should().Be(Lasts(item, schedule.Zone, date), item.RuleId);
            }
        }
    }

    private static readonly Dictionary<string, string> EnglishGroups = new()
    {
        ["do"] = "What to do", ["avoid"] = "What to avoid", ["limit"] = "With care", ["expect"] = "What is normal", ["paused"] = "Not for now",
    };

    private static readonly Dictionary<string, string> SpanishGroups = new()
    {
        ["do"] = "Qué hacer", ["avoid"] = "Qué evitar", ["limit"] = "Con cuidado", ["expect"] = "Qué es normal", ["paused"] = "Por ahora no",
    };

    /// <summary>The groups an answer's items fall in, in the page's order.</summary>
    private static IEnumerable<string> GroupsOf(CareAdvice advice) =>
        new[] { "do", "avoid", "limit", "expect", "paused" }.Where(g => advice.Items.ToArray().Any(i => GroupOf(i) == g));

    private static string GroupOf(CareAdviceItem item) =>
        item.Status == CareStatus.Suspended ? "paused" : item.Directive.ToString().ToLowerInvariant();

    /// <summary>How long an item lasts, in the page's English words: its stretch's end as a local date and time in the plan's zone.</summary>
    private static string Lasts(CareAdviceItem item, DateTimeZone zone, LocalDate date)
    {
        string prefix = string.Empty;
        if (item.Interval.HasStart)
        {
            LocalDateTime from = item.Interval.Start.InZone(zone).LocalDateTime;
            if (from.Date == date && from.TimeOfDay != LocalTime.Midnight)
            {
                prefix = $"From {from.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture)}, ";
            }
        }

        string until;
        if (!item.Interval.HasEnd)
        {
            until = prefix.Length > 0 ? "for good" : "For good";
        }
        else
        {
            LocalDateTime end = item.Interval.End.InZone(zone).LocalDateTime;
            until = end.TimeOfDay == LocalTime.Midnight
                ? $"until the end of {Words(end.Date.PlusDays(-1), date)}"
                : $"until {end.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture)} on {Words(end.Date, date)}";
        }

        string sentence = item.Status == CareStatus.Suspended ? "Paused " + until : until;
        if (prefix.Length > 0)
        {
            sentence = prefix + char.ToLowerInvariant(sentence[0]) + sentence[1..];
        }

        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    private static string Words(LocalDate day, LocalDate asked) =>
        day.ToString(day.Year == asked.Year ? "dddd d MMMM" : "dddd d MMMM uuuu", English);

    private async Task ShouldPassAxeAsync(string what)
    {
        Deque.AxeCore.Commons.AxeResult result = await Deque.AxeCore.Playwright.PageExtensions.RunAxe(_page);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToArray();
        serious.Should().BeEmpty($"axe must find no serious or critical violation in {what}");
    }

    private async Task ScreenshotAsync(string name) =>
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = ArtifactPath(name + ".png"), FullPage = true });

    /// <summary>Where the browser tests write their screenshots and print: artifacts/page beside the tests (CI keeps them).</summary>
    private static string ArtifactPath(string file)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "page");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, file);
    }
}
