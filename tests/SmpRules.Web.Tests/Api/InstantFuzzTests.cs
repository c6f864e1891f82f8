using System.Net;
using System.Net.Http;
using System.Text.Json;
using NodaTime.Text;
using SmpRules.Web.Tests.Support;

namespace SmpRules.Web.Tests.Api;

/// <summary>
/// Instants near both ends of the range of time, in every form /api/at takes (UTC, with an offset, local to the plan's
/// zone; with and without seconds and fractions), in zones far ahead of and behind UTC: each is answered, or is a 400
/// that says what is wrong, never a 500.
/// </summary>
public sealed class InstantFuzzTests : IClassFixture<WebAppFactory>
{
    private static readonly string[] Zones = ["Etc/GMT-14", "Etc/GMT+12", "Europe/London", "Pacific/Kiritimati"];
    private readonly HttpClient _client;

    public InstantFuzzTests(WebAppFactory factory)
    {
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task InstantsNearTheEndsOfTime_InEveryForm_AreAnsweredOrA400_NeverA500()
    {
        var random = new Random(12);
        var forms = new List<string>();
        foreach (LocalDateTime edge in new[] { new LocalDateTime(9999, 12, 31, 23, 59, 59).PlusNanoseconds(999_999_999), new LocalDateTime(-9998, 1, 1, 0, 0) })
        {
            for (int i = 0; i < 60; i++)
            {
                LocalDateTime local = edge.PlusMinutes((edge.Year > 0 ? -1 : 1) * random.Next(0, 48 * 60)).PlusSeconds(random.Next(0, 60));
                string date = LocalDateTimePattern.ExtendedIso.Format(local);
                string minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Format(local);
                int offset = random.Next(-18, 19);
                string sign = offset < 0 ? "-" : "+";
                string offsetText = $"{sign}{Math.Abs(offset):00}:{(random.Next(2) == 0 ? "00" : "30")}";
                forms.AddRange([date + "Z", minutes + "Z", date + offsetText, minutes + offsetText, date, minutes]);
            }
        }

        forms.AddRange(["9999-12-31T23:59:59.999999999Z", "-9998-01-01T00:00:00Z", "9999-12-31T23:59-18:00", "-9998-01-01T00:00+18:00", "10000-01-01T00:00Z", "-9999-12-31T23:59Z"]);

        int answered = 0, refused = 0;
        foreach (string instant in forms)
        {
            string zone = Zones[random.Next(Zones.Length)];
            HttpResponseMessage response = await _client.GetAsync($"/api/at/{Uri.EscapeDataString(instant)}?zone={Uri.EscapeDataString(zone)}&session=2026-11-20T10:00");
            string body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                answered++;
                continue;
            }

            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, $"{instant} in {zone}: {body}");
            refused++;
            JsonElement problem = JsonDocument.Parse(body).RootElement;
            JsonElement error = problem.GetProperty("errors")[0];
            error.GetProperty("parameter").GetString().Should().Be("instant", $"{instant} in {zone}");
            error.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace().And.EndWith(".").And.NotContain("Exception");
        }

        // Near the ends of time nearly everything lies too far from a session in 2026; the point is that nothing failed.
        (answered + refused).Should().Be(forms.Count);
    }
}
