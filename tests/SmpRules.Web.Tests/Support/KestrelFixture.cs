using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SmpRules.Web.Tests.Support;

/// <summary>The web sample on a real Kestrel port of 127.0.0.1 (not the in-memory test server), as a browser or a raw client reaches it.</summary>
public sealed class KestrelFixture : IAsyncLifetime
{
    public WebAppFactory App { get; } = new();

    /// <summary>Gets the address the app listens on, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    public Task InitializeAsync()
    {
        App.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        string address = App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Address = new Uri(address.EndsWith('/') ? address : address + "/");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
