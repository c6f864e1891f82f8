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
            return TypedResults.Ok(new ValidProtocolResponse(true, protocol.Name, protocol.Rules.Select(r => r.Id).ToArray()));
        }
        catch (CareProtocolException e)
        {
            ProtocolError[] errors = e.Problems.Select(p => new ProtocolError(p.Code.ToString(), p.Message, p.RuleId, p.Path, p.Line, p.Column)).ToArray();
            string count = errors.Length == 1 ? "1 problem" : string.Create(CultureInfo.InvariantCulture, $"{errors.Length} problems");
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: InvalidTitle,
                detail: $"The protocol document has {count}: " + string.Join(" ", e.Problems.Select(p => p.ToString())),
                extensions: new Dictionary<string, object?> { ["errors"] = errors });
        }
    }

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
