using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

// The load run of docs/performance.md: starts the web sample as its own process (Release, Production, on a free port of
// 127.0.0.1), and asks each endpoint as many times as it can answer for a while from C concurrent connections, in
// rounds that alternate the endpoints (so that a drift of the machine touches all alike). Every answer must be a 200.
// Prints requests per second, p50 and p99 latency per endpoint, and each one's throughput as a share of the lightest.
//
// The client shares the machine's cores with the app, so it is written as load generators such as wrk are: each
// connection is a socket that sends an HTTP/1.1 GET and reads the answer's status line and headers, then its whole
// body by Content-Length, into one reused buffer. (HttpClient, which parses every header into objects and copies every
// body into a new array, spent as much CPU per request as the app did, and more on larger answers.)
//
//   dotnet run -c Release --project tests/SmpRules.Web.Load -- [seconds per round = 5] [rounds = 3] [connections = 32]

int seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
int connections = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 32;

// SMPRULES_LOAD_URL runs against an app already started (to profile it); SMPRULES_LOAD_ONLY keeps the endpoints whose
// name contains it.
string? given = Environment.GetEnvironmentVariable("SMPRULES_LOAD_URL");
string? only = Environment.GetEnvironmentVariable("SMPRULES_LOAD_ONLY");
Uri address = given is { Length: > 0 } ? new Uri(given) : null!;
using Process? server = given is { Length: > 0 } ? null : StartServer(FindApp(), out address);
try
{
    // Plans as clients send them: one to four sessions, London or New York, every day of the first eight weeks.
    string[] plans =
    [
        "zone=Europe/London&session=2026-11-20T10:00",
        "zone=Europe/London&session=2026-11-20T10:00&session=2026-12-01T10:00",
        "zone=America/New_York&session=2026-03-07T09:30&session=2026-03-21T15:30&session=2026-04-04T09:30",
        "zone=Europe/London&session=2026-01-05T10:00&session=2026-01-19T15:30&session=2026-02-02T10:00&session=2026-02-16T15:30",
    ];
    var endpoints = new (string Name, Func<int, string> Url)[]
    {
        ("GET /health", _ => "/health"),
        ("GET /api/protocols", _ => "/api/protocols"),
        ("GET /api/day/{n} (advice)", i => $"/api/day/{i % 56}?{plans[i % plans.Length]}"),
        ("GET /api/on/{date} (advice)", i => $"/api/on/2026-12-{1 + (i % 28):00}?{plans[i % plans.Length]}"),
        ("GET /api/at/{instant} (advice)", i => $"/api/at/2026-12-{1 + (i % 28):00}T{i % 24:00}:30:00Z?{plans[i % plans.Length]}"),
        ("GET /api/timeline", i => $"/api/timeline?{plans[i % plans.Length]}"),
    };
    endpoints = endpoints.Where(e => only is null || e.Name.Contains(only, StringComparison.Ordinal)).ToArray();

    var client = new IPEndPoint(IPAddress.Parse(address.Host), address.Port);

    Console.WriteLine($"Load run: {Environment.ProcessorCount} cores shared by the app and this client, {connections} connections, {rounds} rounds of {seconds} s per endpoint.");
    foreach (var endpoint in endpoints)
    {
        await RunAsync(client, endpoint.Url, connections, TimeSpan.FromSeconds(1)); // warm-up
    }

    var results = endpoints.ToDictionary(e => e.Name, _ => new List<(long Count, double Seconds, List<double> Latencies)>());
    for (int round = 0; round < rounds; round++)
    {
        foreach (var endpoint in (round % 2 == 0 ? endpoints : endpoints.Reverse()))
        {
            results[endpoint.Name].Add(await RunAsync(client, endpoint.Url, connections, TimeSpan.FromSeconds(seconds)));
        }
    }

    var rows = endpoints.Select(e =>
    {
        var runs = results[e.Name];
        double perSecond = runs.Sum(r => r.Count) / runs.Sum(r => r.Seconds);
        double[] latencies = runs.SelectMany(r => r.Latencies).Order().ToArray();
        return (e.Name, PerSecond: perSecond, P50: Percentile(latencies, 0.50), P99: Percentile(latencies, 0.99));
    }).ToArray();
    double lightest = rows.Max(r => r.PerSecond);

    Console.WriteLine();
    Console.WriteLine("| endpoint | requests/s | share of the lightest | p50 | p99 |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var row in rows)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{row.Name}` | {row.PerSecond:N0} | {row.PerSecond / lightest:0.00} | {row.P50:0.00} ms | {row.P99:0.00} ms |"));
    }
}
finally
{
    server?.Kill(entireProcessTree: true);
    server?.WaitForExit();
}

static async Task<(long Count, double Seconds, List<double> Latencies)> RunAsync(IPEndPoint server, Func<int, string> url, int connections, TimeSpan duration)
{
    long count = 0;
    var latencies = new List<double>[connections];
    var clock = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, connections).Select(async worker =>
    {
        var mine = latencies[worker] = new List<double>(100_000);
        using var connection = await Connection.OpenAsync(server);
        int i = worker;
        while (clock.Elapsed < duration)
        {
            long start = Stopwatch.GetTimestamp();
            await connection.GetAsync(url(i));
            mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            Interlocked.Increment(ref count);
            i += connections;
        }
    }).ToArray();
    await Task.WhenAll(workers);
    return (count, clock.Elapsed.TotalSeconds, latencies.SelectMany(l => l).ToList());
}

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

static string FindApp()
{
    DirectoryInfo? root = new(AppContext.BaseDirectory);
    while (root is not null && !File.Exists(Path.Combine(root.FullName, "SmpRules.sln")))
    {
        root = root.Parent;
    }

    string app = Path.Combine(root?.FullName ?? ".", "samples", "SmpRules.Web", "bin", "Release", "net10.0", "SmpRules.Web.dll");
    return File.Exists(app) ? app : throw new FileNotFoundException($"Build the web sample in Release first: {app} is missing.");
}

static Process StartServer(string app, out Uri address)
{
    var start = new ProcessStartInfo("dotnet", [app, "--urls", "http://127.0.0.1:0"])
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    start.Environment["Logging__LogLevel__Default"] = "Warning";
    start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
    Process process = Process.Start(start)!;
    while (process.StandardOutput.ReadLine() is { } line)
    {
        Match match = Regex.Match(line, @"Now listening on: (http://127\.0\.0\.1:\d+)");
        if (match.Success)
        {
            address = new Uri(match.Groups[1].Value);
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            return process;
        }
    }

    throw new InvalidOperationException("The web sample ended before it listened: " + process.StandardError.ReadToEnd());
}

/// <summary>One keep-alive HTTP/1.1 connection that asks one GET at a time and reads each whole answer.</summary>
internal sealed class Connection : IDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] ContentLength = "\r\ncontent-length:"u8.ToArray();

    private readonly Socket _socket;
    private readonly string _host;
    private readonly byte[] _request = new byte[8192];
    private byte[] _buffer = new byte[64 * 1024];

    private Connection(Socket socket, string host)
    {
        _socket = socket;
        _host = host;
    }

    public static async Task<Connection> OpenAsync(IPEndPoint server)
    {
        var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(server);
        return new Connection(socket, server.ToString());
    }

    /// <summary>Sends a GET of <paramref name="target"/> and reads the answer; throws unless it is a 200 with a Content-Length.</summary>
    public async Task GetAsync(string target)
    {
        int length = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {_host}\r\n\r\n", _request);
        await _socket.SendAsync(_request.AsMemory(0, length));

        // The status line and headers (the app sends no body before them, and one answer at a time).
        int read = 0;
        int headerEnd;
        while ((headerEnd = _buffer.AsSpan(0, read).IndexOf(HeaderEnd)) < 0)
        {
            if (read == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            int got = await _socket.ReceiveAsync(_buffer.AsMemory(read));
            read += got > 0 ? got : throw new InvalidOperationException($"{target}: the app closed the connection.");
        }

        int bodyStart = headerEnd + HeaderEnd.Length;
        long bodyLength = Parse(target, _buffer.AsSpan(0, headerEnd));
        long remaining = bodyLength - (read - bodyStart);
        while (remaining > 0)
        {
            int got = await _socket.ReceiveAsync(_buffer.AsMemory(0, (int)Math.Min(_buffer.Length, remaining)));
            remaining -= got > 0 ? got : throw new InvalidOperationException($"{target}: the app closed the connection within an answer.");
        }

        if (remaining < 0)
        {
            throw new InvalidOperationException($"{target}: more bytes came than the answer's Content-Length.");
        }
    }

    public void Dispose() => _socket.Dispose();

    /// <summary>Checks the status line and returns the Content-Length.</summary>
    private static long Parse(string target, ReadOnlySpan<byte> head)
    {
        // "HTTP/1.1 200 OK"
        if (head.Length < 12 || !head[9..12].SequenceEqual("200"u8))
        {
            throw new InvalidOperationException($"{target} answered: {Encoding.ASCII.GetString(head[..Math.Min(head.Length, 400)])}");
        }

        Span<byte> lower = head.Length <= 4096 ? stackalloc byte[head.Length] : new byte[head.Length];
        Ascii.ToLower(head, lower, out _);
        int at = lower.IndexOf(ContentLength);
        if (at < 0)
        {
            throw new InvalidOperationException($"{target} answered without a Content-Length.");
        }

        ReadOnlySpan<byte> rest = lower[(at + ContentLength.Length)..];
        int end = rest.IndexOf("\r\n"u8);
        return long.Parse(Encoding.ASCII.GetString((end < 0 ? rest : rest[..end]).Trim((byte)' ')), CultureInfo.InvariantCulture);
    }
}
