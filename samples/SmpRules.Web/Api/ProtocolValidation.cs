using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SmpRules.Extensions.DependencyInjection;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;
using SmpRules.Web.Input;
using SmpRules.Web.Output;

namespace SmpRules.Web.Api;

/// <summary><c>POST /api/protocols/validate</c>: loads a protocol document and says whether it is valid, or every problem with its path, line and column.</summary>
internal static class ProtocolValidation
{
    /// <summary>The title of the problem details response for an invalid document.</summary>
    public const string InvalidTitle = "The protocol document is invalid.";

    /// <summary>The most problems an answer lists; the answer counts the rest (<c>omitted</c>).</summary>
    public const int MaxReportedProblems = 50;

    /// <summary>The most bytes of JSON the listed problems take together; problems beyond it are counted, not listed.</summary>
    public const int MaxReportedBytes = 64 * 1024;

    /// <summary>The longest message, rule id or JSON path an answer repeats, in characters; longer ones (a hostile document's own values) are cut short with an ellipsis.</summary>
    public const int MaxFieldLength = 1000;

    /// <summary>The most problems the detail repeats in words.</summary>
    public const int MaxDetailProblems = 5;

    /// <summary>
    /// The largest answer, in bytes: the listed problems take at most <see cref="MaxReportedBytes"/>, the detail
    /// repeats at most <see cref="MaxDetailProblems"/> problems of at most <see cref="MaxFieldLength"/> characters (each
    /// at most 6 bytes of JSON, an escaped control character), and the rest is small. A hostile document cannot make
    /// the answer larger (docs/web.md).
    /// </summary>
    public const int MaxAnswerBytes = 128 * 1024;

    private static readonly System.Text.Json.JsonSerializerOptions SizeOptions = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The title of the problem details response for a body too large to read.</summary>
    public const string TooLargeTitle = "The request body is too large.";

    public static async Task<IResult> ValidateAsync(HttpRequest request, ICareProtocolCatalog protocols, CancellationToken cancellation)
    {
        var problems = new InputProblems();
        PlanInput.CheckQuery(request, problems, plan: false);
        if (problems.Any)
        {
            return problems.ToResult();
        }

        if (request.ContentLength > WebApp.MaxRequestBodyBytes)
        {
            return TooLarge(request.ContentLength.Value);
        }

        byte[]? body;
        try
        {
            body = await ReadBodyAsync(request.Body, cancellation);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }

        if (body is null)
        {
            return TooLarge(null);
        }

        if (body.Length == 0)
        {
            problems.Add("body", "The request body is empty: send a protocol document (JSON) in it.");
            return problems.ToResult();
        }

        var options = new CareProtocolJsonOptions
        {
            MaxDocumentSize = WebApp.MaxRequestBodyBytes,
            ExtendsResolver = name => protocols.TryGet(name, out CareProtocol? protocol) ? protocol : null,
        };
        try
        {
            CareProtocol protocol = CareProtocolJson.Load(new MemoryStream(body, writable: false), options);
            ProtocolError[] warnings = [.. protocol.Warnings.Take(MaxReportedProblems).Select(p => new ProtocolError(p.Code.ToString(), Cut(p.Message)!, Cut(p.RuleId), Cut(p.Path), p.Line, p.Column))];
            return TypedResults.Ok(new ValidProtocolResponse(true, protocol.Name, protocol.Rules.Select(r => r.Id).ToArray(), warnings));
        }
        catch (CareProtocolException e)
        {
            return Invalid(e.Problems);
        }
    }

    /// <summary>
    /// The 400 answer for an invalid document: the count of its problems and those listed as the detail, at most
    /// <see cref="MaxReportedProblems"/> of them listed with their locations, and how many are left out.
    /// </summary>
    private static IResult Invalid(IReadOnlyList<ProtocolProblem> problems)
    {
        var errors = new List<ProtocolError>();
        int bytes = 0;
        foreach (ProtocolProblem p in problems)
        {
            var error = new ProtocolError(p.Code.ToString(), Cut(p.Message)!, Cut(p.RuleId), Cut(p.Path), p.Line, p.Column);
            bytes += System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(error, SizeOptions).Length + 1;
            if (errors.Count == MaxReportedProblems || bytes > MaxReportedBytes)
            {
                break;
            }

            errors.Add(error);
        }

        int omitted = problems.Count - errors.Count;
        string count = problems.Count == 1 ? "1 problem" : string.Create(CultureInfo.InvariantCulture, $"{problems.Count} problems");
        string listed = problems.Count <= MaxDetailProblems
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" The first {errors.Count} are listed in errors") + (omitted == 0 ? "." : string.Create(CultureInfo.InvariantCulture, $"; {omitted} more are left out."));
        return TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: InvalidTitle,
            detail: $"The protocol document has {count}: {string.Join(" ", problems.Take(MaxDetailProblems).Select(p => Cut(p.ToString())))}{listed}",
            extensions: new Dictionary<string, object?> { ["errors"] = errors.ToArray(), ["omitted"] = omitted });
    }

    private static string? Cut(string? value) =>
        value is null || value.Length <= MaxFieldLength ? value : string.Concat(value.AsSpan(0, MaxFieldLength - 1), "…");

    /// <summary>Reads the body to its end, or returns <see langword="null"/> as soon as it is larger than the limit.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellation)) > 0)
            {
                if (buffer.Length + read > WebApp.MaxRequestBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static IResult TooLarge(long? length) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: TooLargeTitle,
        detail: length is { } size
            ? string.Create(CultureInfo.InvariantCulture, $"The request body is {size} bytes; send at most {WebApp.MaxRequestBodyBytes} bytes.")
            : string.Create(CultureInfo.InvariantCulture, $"The request body is larger than {WebApp.MaxRequestBodyBytes} bytes; send at most {WebApp.MaxRequestBodyBytes} bytes."),
        extensions: new Dictionary<string, object?> { ["errors"] = new[] { new InputError("body", "The protocol document is too large.") } });
}

/// <summary>One problem of a protocol document: its code, what is wrong, and where (rule id, JSON path, line and column).</summary>
internal sealed record ProtocolError(string Code, string Message, string? RuleId, string? Path, int? Line, int? Column);
