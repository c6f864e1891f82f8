using System;
using System.Buffers;
using System.Globalization;
using System.IO.Hashing;
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
/// 128-bit XXH3 hash of its body in hex (a checksum, not a secret), and <c>Cache-Control: no-cache</c>: a client or cache may keep it
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
        using var body = new PooledBuffer();
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

    /// <summary>A body written into arrays rented from the shared pool (no zeroed array for every answer), returned when disposed.</summary>
    private sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
    {
        private byte[] _array = ArrayPool<byte>.Shared.Rent(8192);
        private int _written;

        public int WrittenCount => _written;

        public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _written);

        public ReadOnlyMemory<byte> WrittenMemory => _array.AsMemory(0, _written);

        public void Advance(int count) => _written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _array.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _array.AsSpan(_written);
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_array);

        private void Ensure(int sizeHint)
        {
            if (_array.Length - _written >= Math.Max(sizeHint, 256))
            {
                return;
            }

            byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, _written + sizeHint));
            _array.AsSpan(0, _written).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = larger;
        }
    }

    /// <summary>A strong entity tag of a body: its 128-bit XXH3 hash, in hex, quoted.</summary>
    internal static string ETagOf(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(body, hash);
        return string.Concat("\"", Convert.ToHexStringLower(hash), "\"");
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
