using BenchmarkDotNet.Attributes;
using NodaTime;
using SmpRules.Benchmarks.Answers;
using SmpRules.Benchmarks.Baselines;
using SmpRules.Benchmarks.Data;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Benchmarks.Scenarios;

/// <summary>
/// Scenario 6: "what applies now" for 100,000 clients with different plans (1 to 6 sessions, 12 zones, different
/// starts), in one pass. Each method returns the number of items that apply, summed over the clients.
/// </summary>
/// <remarks>
/// <para>The rule engines are left out here: at 0.1 to 1 ms a client (see <see cref="OneShotBenchmarks"/>) one pass takes
/// 10 to 100 s, which would not fit the suite's 10-minute budget; their bulk cost is their one-shot cost times 100,000.</para>
/// <para><c>HandWritten</c> answers from each client's plan; the <c>Schedules</c> methods answer from
/// schedules applied once beforehand (a clinic chain keeps them and re-applies when a plan changes).</para>
/// </remarks>
[MemoryDiagnoser]
public class BulkBenchmarks
{
    private const int Clients = 100_000;
    private static readonly string[] Zones =
    [
        "Europe/London", "Europe/Madrid", "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo",
        "America/Mexico_City", "Australia/Sydney", "Asia/Kolkata", "Asia/Tokyo", "Africa/Johannesburg", "Pacific/Auckland",
    ];

    private CarePlan[] _plans = null!;
    private CareSchedule[] _schedules = null!;
    private Instant _now;
    private LocalDate[] _today = null!;

    /// <summary>Builds 100,000 plans and their schedules.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new System.Random(6);
        _plans = new CarePlan[Clients];
        _schedules = new CareSchedule[Clients];
        _today = new LocalDate[Clients];
        _now = Instant.FromUtc(2026, 6, 15, 9, 0);
        var start = new LocalDate(2025, 12, 1);
        for (int c = 0; c < Clients; c++)
        {
            DateTimeZone zone = DateTimeZoneProviders.Tzdb[Zones[c % Zones.Length]];
            var sessions = new LocalDateTime[1 + random.Next(6)];
            LocalDate date = start.PlusDays(random.Next(200));
            for (int s = 0; s < sessions.Length; s++)
            {
                sessions[s] = date.At(new LocalTime(9 + random.Next(9), 15 * random.Next(4)));
                date = date.PlusDays(7 + random.Next(24));
            }

            _plans[c] = CarePlan.Create(zone, sessions);
            _schedules[c] = StandardProtocol.Instance.Apply(_plans[c]);
            _ = _schedules[c].Transitions;
            _today[c] = _now.InZone(zone).Date;
        }
    }

    /// <summary>The floor: the hand-written function for each client.</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        int applying = 0;
        foreach (CarePlan plan in _plans)
        {
            foreach (RuleVerdict verdict in HandWrittenStandard.Answer(plan, _now))
            {
                applying += verdict.Verdict == Verdict.Applies ? 1 : 0;
            }
        }

        return applying;
    }

    /// <summary>README's path for each client: apply (lazy) and ask at the instant.</summary>
    [Benchmark]
    public int ApplyThenAt()
    {
        int applying = 0;
        foreach (CarePlan plan in _plans)
        {
            foreach (CareAdviceItem item in StandardProtocol.Instance.Apply(plan).At(_now).Items)
            {
                applying += item.Status == CareStatus.Applies ? 1 : 0;
            }
        }

        return applying;
    }

    /// <summary>Each client's stored, compiled schedule, enumerated without allocating.</summary>
    [Benchmark]
    public int SchedulesEnumerateAt()
    {
        int applying = 0;
        foreach (CareSchedule schedule in _schedules)
        {
            foreach (CareAdviceItem item in schedule.EnumerateAt(_now))
            {
                applying += item.Status == CareStatus.Applies ? 1 : 0;
            }
        }

        return applying;
    }

    /// <summary>"What applies today": <see cref="CareSchedule.On"/> the client's local date, on each stored, compiled schedule.</summary>
    [Benchmark]
    public int SchedulesOnToday()
    {
        int applying = 0;
        for (int c = 0; c < _schedules.Length; c++)
        {
            foreach (CareAdviceItem item in _schedules[c].On(_today[c]).Items)
            {
                applying += item.Status == CareStatus.Applies ? 1 : 0;
            }
        }

        return applying;
    }
}
