using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;

// README's ten lines, as a developer pastes them.
var plan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0));
var schedule = StandardProtocol.Instance.Apply(plan);

foreach (var item in schedule.OnCourseDay(2).Items)
    Console.WriteLine($"{item.RuleId}: {item.Status}. {item.Explanation}");

// A clinic's protocol from a JSON file, when one is given.
if (args.Length > 0)
{
    var clinic = CareProtocolJson.LoadFile(args[0]);
    Console.WriteLine($"{clinic.Name}:");
    foreach (var item in clinic.Apply(plan).OnCourseDay(2).Items)
        Console.WriteLine($"{item.RuleId}: {item.Status}. {item.Explanation}");
}
