using System.IO;
using Microsoft.Playwright;

namespace SmpRules.Web.Tests.Support;

/// <summary>
/// The web sample on a real Kestrel port of 127.0.0.1, and Debian's Chromium driven by Playwright. Playwright cannot
/// download its browsers here, so it launches <see cref="ChromiumPath"/>; when that is missing, every browser test
/// fails with a message saying how to install it (they are never skipped).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts the browser; .ci/run installs it.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly KestrelFixture _server = new();
    private IPlaywright? _playwright;

    /// <summary>Gets the address the app listens on, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address => _server.Address;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ChromiumPath}, and it is not there: install it with 'apt-get update && apt-get install -y chromium' (.ci/run does this).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _server.DisposeAsync();
    }
}
