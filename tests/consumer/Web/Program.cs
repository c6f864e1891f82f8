using NodaTime;
using SmpRules.Extensions.DependencyInjection;
using SmpRules.Plans;

var builder = WebApplication.CreateBuilder(args);

// A clinic's protocol from the JSON file named by the "Evoke" setting; the Standard protocol stays the default.
builder.Services.AddSmpRules((options, services) =>
    options.AddProtocolFile("evoke", services.GetRequiredService<IConfiguration>()["Evoke"]!));

var app = builder.Build();

// What applies on a course day of the worked example's plan, in README's words.
app.MapGet("/day/{day:int}", (int day, string? protocol, CareAdvisor care) =>
{
    var plan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0));
    var schedule = care.Schedule(plan, protocol);
    return string.Join("\n", schedule.OnCourseDay(day).Items.Select(item => $"{item.RuleId}: {item.Status}. {item.Explanation}"));
});

app.Run();
