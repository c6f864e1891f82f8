using System;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using NodaTime;
using NodaTime.Text;
using SmpRules.Scheduling;

namespace SmpRules.Web.Output;

/// <summary>
/// An answer written by the library's own JSON writer (<see cref="CareAdviceJson"/>), so that the web sample and
/// smp-care serve one contract (docs/console.md): the same fields, in the same order, with the same values.
/// </summary>
internal sealed class JsonAnswer : IResult
{
    private readonly Action<Utf8JsonWriter> _write;

    private JsonAnswer(Action<Utf8JsonWriter> write) => _write = write;

    /// <summary>An answer to day, on, at or now.</summary>
    public static JsonAnswer Advice(CareAdvice advice, CultureInfo culture) => new(writer => CareAdviceJson.Write(writer, advice, culture));

    /// <summary>A timeline.</summary>
    public static JsonAnswer Timeline(CareSchedule schedule, System.Collections.Generic.IEnumerable<CareAdvice> segments) =>
        new(writer => CareAdviceJson.WriteTimeline(writer, schedule, segments));

    /// <summary>A local date in ISO 8601, such as <c>2026-11-22</c>.</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter))
        {
            _write(writer);
        }

        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
