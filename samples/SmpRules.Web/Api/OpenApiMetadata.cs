using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SmpRules.Web.Output;

namespace SmpRules.Web.Api;

/// <summary>
/// What the OpenAPI document says of the endpoints that the generator cannot see: the plan's query parameters (read
/// from the query string as a whole, so that unknown and repeated ones are caught), the route values' forms, and the
/// problem details answers.
/// </summary>
internal static class OpenApiMetadata
{
    /// <summary>The plan's parameters, as docs/web.md lists them.</summary>
    private static readonly (string Name, string Description, bool Required)[] PlanParameters =
    [
        ("zone", "The plan's IANA time zone, such as Europe/London.", true),
        ("session", "A treatment session as yyyy-MM-ddTHH:mm, local to the zone; repeat it for more sessions, in any order. At least one.", true),
        ("fact", "A fact about the client as key=value, such as skin-type=very-fair; repeatable.", false),
        ("culture", "The language of the rules' texts: en, es, es-MX... (falling back from es-MX to es to the protocol's default language); en by default.", false),
        ("protocol", "A registered protocol's name (see /api/protocols; names ignore case); the default protocol when absent.", false),
    ];

    /// <summary>The query parameters that may be repeated: documented as arrays.</summary>
    private static readonly string[] Repeatable = ["session", "fact", "remind"];

    /// <summary>The route values' descriptions, by name.</summary>
    private static readonly Dictionary<string, string> RouteValues = new()
    {
        ["n"] = "The course day: a whole number, 0 on the first session's local date, negative before it (within 36524 days).",
        ["date"] = "A local date in the plan's zone, yyyy-MM-dd.",
        ["instant"] = "An instant: 2026-11-22T10:00:00Z (UTC), 2026-11-22T11:00+01:00 (with an offset) or 2026-11-22T10:00 (local to the plan's zone; seconds and fractions allowed).",
        ["name"] = "A registered protocol's name (names ignore case).",
    };

    /// <summary>Documents the plan's query parameters, and the endpoint's own.</summary>
    public static RouteHandlerBuilder WithPlanParameters(this RouteHandlerBuilder builder, params (string Name, string Description)[] own) =>
        builder.WithQueryParameters([.. PlanParameters, .. own.Select(p => (p.Name, p.Description, false))]);

    /// <summary>Documents query parameters the handler reads from the query string itself.</summary>
    public static RouteHandlerBuilder WithQueryParameters(this RouteHandlerBuilder builder, params (string Name, string Description, bool Required)[] parameters) =>
        builder.AddOpenApiOperationTransformer((operation, context, cancellation) =>
        {
            operation.Parameters ??= [];
            foreach ((string name, string description, bool required) in parameters)
            {
                bool repeated = Repeatable.Contains(name);
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Required = required,
                    Description = description,
                    Style = ParameterStyle.Form,
                    Explode = true,
                    Schema = repeated
                        ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } }
                        : new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }

            return Task.CompletedTask;
        });

    /// <summary>
    /// Documents the request body of the validation endpoint: a protocol document. (Not with Accepts, which would make
    /// the endpoint refuse other content types with a 415; the endpoint reads any body and says what is wrong with it.)
    /// </summary>
    public static RouteHandlerBuilder WithProtocolDocumentBody(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, context, cancellation) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "A protocol document in the JSON format of docs/protocol-format.md (docs/protocol.schema.json), at most 256 KiB.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } },
                },
            };
            return Task.CompletedTask;
        });

    /// <summary>Documents the problem details answer for bad input.</summary>
    public static RouteHandlerBuilder ProducesInputProblem(this RouteHandlerBuilder builder, int status = StatusCodes.Status400BadRequest) =>
        builder.Produces<InputProblemAnswer>(status, "application/problem+json");

    /// <summary>Describes the route values of every operation (n, date, instant, name).</summary>
    public static Task DescribeRouteValues(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellation)
    {
        foreach (IOpenApiParameter parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter route && route.In == ParameterLocation.Path && route.Name is { } name && RouteValues.TryGetValue(name, out string? description))
            {
                route.Description = description;
            }
        }

        return Task.CompletedTask;
    }
}
