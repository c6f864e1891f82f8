using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;
using SmpRules.Timing;

namespace SmpRules.Tests.Scheduling;

public sealed class ExplanationFormatTests
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    [Fact]
    public void Format_InstantsOverTheWholeRange_WritesThemAsThePatternDoes()
    {
        CareSchedule schedule = StandardProtocol.Instance.Apply(CarePlan.Create("Asia/Kathmandu", new LocalDateTime(2026, 11, 20, 10, 0)));
        var random = new Random(21);
        var instants = new List<Instant>
        {
            Instant.FromUtc(1, 1, 1, 0, 0), Instant.FromUtc(9999, 12, 31, 12, 0), Instant.FromUtc(-5, 6, 1, 0, 0),
            Instant.FromUtc(2026, 11, 20, 4, 15), Instant.FromUtc(999, 3, 4, 5, 6),
        };
        for (int i = 0; i < 2000; i++)
        {
            instants.Add(Instant.FromUtc(random.Next(-9997, 9999), random.Next(1, 13), random.Next(1, 29), random.Next(0, 24), random.Next(0, 60)));
        }

        foreach (Instant instant in instants)
        {
            Explanations.Format(schedule, instant).Should().Be(Pattern.Format(instant.InZone(schedule.Zone).LocalDateTime), instant.ToString());
        }
    }

    [Fact]
    public void WindowDescriptions_AreTheSameEachTime()
    {
        foreach (var rule in StandardProtocol.Instance.Rules)
        {
            string first = rule.Window.ToString()!;
            rule.Window.ToString().Should().BeSameAs(first).And.NotBeNullOrWhiteSpace();
        }
    }
}

public sealed class InstantJsonFormatTests
{
    [Fact]
    public void TryFormatIso_InstantsOverTheWholeRange_WritesThemAsExtendedIsoDoes()
    {
        var random = new Random(22);
        var instants = new List<Instant>
        {
            Instant.FromUtc(0, 1, 1, 0, 0), Instant.FromUtc(9999, 12, 31, 23, 59, 59) + Duration.FromNanoseconds(999_999_999),
            Instant.FromUtc(2026, 11, 25, 0, 0), Instant.FromUtc(2026, 11, 25, 0, 0) + Duration.FromMilliseconds(500),
            Instant.FromUtc(2026, 11, 25, 0, 0) + Duration.FromNanoseconds(1), Instant.FromUtc(1969, 12, 31, 23, 59, 59) + Duration.FromTicks(1),
        };
        for (int i = 0; i < 3000; i++)
        {
            Instant at = Instant.FromUtc(random.Next(0, 10000), random.Next(1, 13), random.Next(1, 29), random.Next(0, 24), random.Next(0, 60), random.Next(0, 60));
            instants.Add(random.Next(3) switch { 0 => at, 1 => at + Duration.FromMilliseconds(random.Next(1, 1000)), _ => at + Duration.FromNanoseconds(random.Next(1, 1_000_000_000)) });
        }

        Span<byte> text = stackalloc byte[32];
        foreach (Instant instant in instants)
        {
            CareAdviceJson.TryFormatIso(instant, text, out int length).Should().BeTrue();
            System.Text.Encoding.ASCII.GetString(text[..length]).Should().Be(InstantPattern.ExtendedIso.Format(instant));
        }

        CareAdviceJson.TryFormatIso(Instant.FromUtc(-1, 1, 1, 0, 0), text, out _).Should().BeFalse();
        CareAdviceJson.TryFormatIso(Instant.MaxValue, text, out _).Should().BeTrue();
        CareAdviceJson.TryFormatIso(Instant.MinValue, text, out _).Should().BeFalse();
    }
}

public sealed class ExplanationJsonTests
{
    [Fact]
    public void Why_InTheJson_IsTheItemsExplanation_AlsoWhenItIsLongerThanTheWritersBuffer()
    {
        // A window made of 40 unions describes itself in well over 1,024 bytes: the JSON writer's buffer is too small
        // for the sentence, and the answer must still carry it whole.
        CareWindow window = CareWindow.Days(0, 4);
        for (int i = 0; i < 40; i++)
        {
            window = window.Union(CareWindow.Days(100 + (i * 10), 101 + (i * 10)));
        }

        CareProtocol clinic = StandardProtocol.Instance.WithWindow(StandardProtocol.RuleIds.KeepScalpDry, window);
        CareSchedule schedule = clinic.Apply(CarePlan.Create("Europe/Madrid", new LocalDateTime(2026, 3, 27, 18, 30), new LocalDateTime(2026, 4, 10, 9, 0)));
        var relaxed = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (CareAdvice advice in new[] { schedule.OnCourseDay(2), schedule.OnCourseDay(15), schedule.At(Instant.FromUtc(2026, 3, 29, 0, 30)) })
        foreach (bool escapedOnce in new[] { false, true })
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, escapedOnce ? relaxed : default))
            {
                CareAdviceJson.Write(writer, advice, CultureInfo.GetCultureInfo("es"));
            }

            using JsonDocument json = JsonDocument.Parse(buffer.WrittenMemory);
            string[] whys = json.RootElement.GetProperty("advice").EnumerateArray().Select(item => item.GetProperty("why").GetString()!).ToArray();
            whys.Should().Equal(advice.Items.Select(item => item.Explanation));
            whys.Should().Contain(why => System.Text.Encoding.UTF8.GetByteCount(why) > 1024);
        }
    }
}
