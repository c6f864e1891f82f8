using System;
using System.IO;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmpRules.Extensions.DependencyInjection;
using Scalar.AspNetCore;
using SmpRules.Web.Api;

namespace SmpRules.Web;

/// <summary>Builds the web sample: the SmpRules services, request limits, problem details, the API and the page.</summary>
internal static class WebApp
{
    /// <summary>The largest request body the app reads (a protocol document), in bytes: 256 KiB.</summary>
    public const int MaxRequestBodyBytes = 256 * 1024;

    /// <summary>The longest request line Kestrel accepts: query strings longer than the app's own limit (Input.Limits.MaxQueryLength) get a problem details answer up to this size, and a 414 from Kestrel beyond it.</summary>
    private const int MaxRequestLineBytes = 64 * 1024;

    public static WebApplication Build(string[] args)
    {
        // The page is served wherever the app is started from: the build copies wwwroot beside the app, and the web
        // root is that copy whenever it is there (the working directory, the default content root, may be anywhere).
        string besideTheApp = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            WebRootPath = File.Exists(Path.Combine(besideTheApp, "index.html")) ? besideTheApp : null,
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
        });

        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<Input.ScheduleCache>();
        builder.Services.AddHealthChecks().AddCheck<ProtocolsHealthCheck>("protocols");
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, context, cancellation) =>
            {
                document.Info.Title = "SmpRules web sample";
                document.Info.Description = "What applies on a day of a client's scalp micropigmentation aftercare, at an instant or now; the timeline; the registered protocols. Every bad input is a 400 problem details answer that says what is wrong and where.";
                return System.Threading.Tasks.Task.CompletedTask;
            });
            options.AddOperationTransformer(OpenApiMetadata.DescribeRouteValues);
        });
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        // Clinics' protocols: "SmpRules:Protocols:<name>" = a JSON file, relative to the content root. A file that does
        // not load stops the app at start, with every problem (the options are validated on start).
        builder.Services.AddSmpRules((options, services) =>
        {
            IConfiguration configuration = services.GetRequiredService<IConfiguration>();
            string contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
            foreach (IConfigurationSection protocol in configuration.GetSection("SmpRules:Protocols").GetChildren())
            {
                if (!string.IsNullOrWhiteSpace(protocol.Value))
                {
                    options.AddProtocolFile(protocol.Key, Path.Combine(contentRoot, protocol.Value));
                }
            }

            if (configuration["SmpRules:DefaultProtocol"] is { Length: > 0 } defaultName)
            {
                options.DefaultProtocol = defaultName;
            }
        });

        WebApplication app = builder.Build();

        // Unexpected errors become a 500 problem details response without internals; empty error responses (404, 405)
        // become problem details too.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(static (context, next) =>
        {
            IHeaderDictionary headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";

            // The API reference page (Development only) runs Scalar's own inline script and styles.
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar")
                ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'"
                : "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapCareApi();
        app.MapCalendarApi();
        app.MapHealth();
        app.MapOpenApi();
        if (app.Environment.IsDevelopment())
        {
            // Its own fonts come from a CDN, which the page's Content-Security-Policy (and "nothing from the internet") rules out.
            app.MapScalarApiReference(options => options.DisableDefaultFonts());
        }

        return app;
    }
}
