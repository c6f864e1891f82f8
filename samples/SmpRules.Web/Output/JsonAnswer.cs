using System;
using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using NodaTime;
using NodaTime.Text;
using SmpRules.Scheduling;

namespace SmpRules.Web.Output;

/// <summary>
/// An answer written by the library's own JSON writer (<see cref="CareAdviceJson"/>), so that the web sample and
/// smp-care serve one contract (docs/console.md): the same fields, in the same order, with the same values.
/// </summary>
/// <remarks>
/// An answer that depends only on the request's query (every one but <c>now</c>) carries a strong <c>ETag</c>, the
/// first 16 bytes of the SHA-256 of its body in hex, and <c>Cache-Control: no-cache</c>: a client or cache may keep it
/// and revalidate with <c>If-None-Match</c>, which gets a 304 without a body while the answer is the same. An answer of
/// <c>now</c> is <c>no-store</c>. A HEAD request gets the headers, with the length, and no body.
/// </remarks>
internal sealed class JsonAnswer : IResult
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Action<Utf8JsonWriter> _write;
    private readonly bool _dependsOnlyOnQuery;
    private readonly int _status;

    private JsonAnswer(Action<Utf8JsonWriter> write, bool dependsOnlyOnQuery, int status = StatusCodes.Status200OK)
    {
        _write = write;
        _dependsOnlyOnQuery = dependsOnlyOnQuery;
        _status = status;
    }

    /// <summary>An answer to day, on or at: it depends only on the query.</summary>
    public static JsonAnswer Advice(CareAdvice advice, CultureInfo culture) => new(writer => CareAdviceJson.Write(writer, advice, culture), dependsOnlyOnQuery: true);

    /// <summary>An answer to now: it depends on the clock, so it is not stored.</summary>
    public static JsonAnswer AdviceNow(CareAdvice advice, CultureInfo culture) => new(writer => CareAdviceJson.Write(writer, advice, culture), dependsOnlyOnQuery: false);

    /// <summary>A timeline.</summary>
    public static JsonAnswer Timeline(CareSchedule schedule, System.Collections.Generic.IEnumerable<CareAdvice> segments) =>
        new(writer => CareAdviceJson.WriteTimeline(writer, schedule, segments), dependsOnlyOnQuery: true);

    /// <summary>Any other answer written with a <see cref="Utf8JsonWriter"/> that depends only on the query.</summary>
    public static JsonAnswer Of(Action<Utf8JsonWriter> write) => new(write, dependsOnlyOnQuery: true);

    /// <summary>An answer that must not be stored (such as the app's health), with its status code.</summary>
    public static JsonAnswer NotStored(Action<Utf8JsonWriter> write, int status) => new(write, dependsOnlyOnQuery: false, status);

    /// <summary>A local date in ISO 8601, such as <c>2026-11-22</c>.</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var body = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(body, WriterOptions))
        {
            _write(writer);
        }

        HttpResponse response = httpContext.Response;
        response.ContentType = "application/json; charset=utf-8";
        if (_dependsOnlyOnQuery)
        {
            string etag = ETagOf(body.WrittenSpan);
            response.Headers.ETag = etag;
            response.Headers.CacheControl = "no-cache";
            if (Matches(httpContext.Request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentType = null;
                return;
            }
        }
        else
        {
            response.Headers.CacheControl = "no-store";
        }

        response.StatusCode = _status;
        response.ContentLength = body.WrittenCount;
        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            return;
        }

        await response.Body.WriteAsync(body.WrittenMemory, httpContext.RequestAborted);
    }

    /// <summary>A strong entity tag of a body: the first 16 bytes of its SHA-256, in hex, quoted.</summary>
    internal static string ETagOf(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(body, hash);
        return string.Concat("\"", Convert.ToHexStringLower(hash[..16]), "\"");
    }

    private static bool Matches(HttpRequest request, string etag)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        foreach (string? value in request.Headers.IfNoneMatch)
        {
            if (value is null)
            {
                continue;
            }

            if (EntityTagHeaderValue.TryParseList([value], out var tags))
            {
                foreach (EntityTagHeaderValue tag in tags)
                {
                    if (tag.Equals(EntityTagHeaderValue.Any) || string.Equals(tag.Tag.Value, etag, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
