using System.Diagnostics;
using System.IO;
using System.Text;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;
using SmpRules.Tests.Docs;
using Xunit.Abstractions;

namespace SmpRules.Tests.Protocols.Json;

/// <summary>
/// A seeded fuzz test: mutated documents (truncations, swapped types, random bytes, huge numbers, deep nesting, spliced
/// keywords) must load or fail with <see cref="CareProtocolException"/>, and nothing else, in bounded time.
/// </summary>
public sealed class CareProtocolJsonFuzzTests(ITestOutputHelper output)
{
    private const int Documents = 100_000;
    private const int Seed = 20261125;
    private const string JsonCharacters = "{}[]\",:\\ \n0-e.";

    private static readonly string[] Values =
    [
        "null", "true", "false", "[]", "{}", "\"\"", "\" \"", "0", "-0", "1", "-1", "1.5", "1e3", "1e999", "-1e999",
        "2147483648", "-2147483649", "36524", "36525", "-36525", "876577", "123456789012345678901234567890",
        "\"standard\"", "\"each-session\"", "\"final-session\"", "\"next-session\"", "\"session\"", "\"open\"", "\"do\"", "\"avoid\"",
        "\"hygiene\"", "\"washing\"", "\"es-MX\"", "\"dry-period.keep-scalp-dry\"", "\"\\ud800\"", "\"\\u0000\"", "[[[[", "}}}}", "{\"union\": [",
        "{\"not\": {\"fact\": \"a\", \"present\": true}}", "{\"fromHour\": -5, \"toHour\": -5}", "\"" + new string('x', 300) + "\"",
    ];

    [Fact]
    public void Load_MutatedDocuments_LoadOrThrowCareProtocolExceptionOnly()
    {
        byte[][] seeds = Seeds();
        var random = new Random(Seed);
        var options = new CareProtocolJsonOptions { ExtendsResolver = name => name == "clinic" ? StandardProtocol.Instance : null };
        int loaded = 0, rejected = 0;
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();

        for (int i = 0; i < Documents; i++)
        {
            byte[] document = Mutate(seeds[random.Next(seeds.Length)], random);
            try
            {
                if (i % 2 == 0)
                {
                    CareProtocolJson.Load(new MemoryStream(document), options);
                }
                else
                {
                    CareProtocolJson.Parse(Encoding.UTF8.GetString(document), options);
                }

                loaded++;
            }
            catch (CareProtocolException e)
            {
                rejected++;
                if (e.Problems.Count == 0 || e.Problems.Any(p => string.IsNullOrWhiteSpace(p.Message)))
                {
                    failures.Add($"document {i}: an exception without problems: {e.Message}");
                }
            }
#pragma warning disable CA1031 // the point of the test is to catch whatever else escapes
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Add($"document {i}: {e.GetType().Name}: {e.Message}\n{Encoding.UTF8.GetString(document)}\n{e.StackTrace}");
            }
        }

        clock.Stop();
        output.WriteLine($"{Documents} mutated documents in {clock.Elapsed.TotalSeconds:F1} s: {loaded} loaded, {rejected} rejected with CareProtocolException.");
        failures.Should().BeEmpty();
        (loaded + rejected).Should().Be(Documents);
        loaded.Should().BePositive("some mutations keep a document valid");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(5), "the loader must stay fast on hostile input (about 20 s on two idle cores)");
    }

    private static byte[][] Seeds()
    {
        var seeds = new List<string>();
        foreach (string name in (string[])["standard.json", "evoke-smp.json", "harbour-scalp-studio.json"])
        {
            seeds.Add(File.ReadAllText(RepositoryRoot.Combine($"samples/protocols/{name}")));
        }

        var random = new RandomProtocols(Seed);
        for (int i = 0; i < 20; i++)
        {
            seeds.Add(CareProtocolJson.Serialize(random.Next()));
        }

        seeds.Add("""
            { "formatVersion": 1, "name": "Clinic", "extends": "clinic", "families": ["sun"], "activities": ["sun-cream"],
              "remove": ["dry-period.loose-hat"],
              "replace": [ { "id": "hydration.moisturize", "family": "hydration", "directive": "do", "activities": ["moisturizing"],
                             "window": { "fromDay": 6, "until": "open" }, "text": "M.", "suspendedBy": ["dry-period.keep-scalp-dry"] } ],
              "change": [ { "id": "dry-period.keep-scalp-dry", "window": { "intersection": [ { "fromDay": 0, "toDay": 5 }, { "fromHour": -2, "toHour": 200 } ] },
                            "translations": { "es": "S." }, "condition": null } ],
              "rules": [ { "id": "sun.no-sun", "family": "sun", "directive": "avoid", "activities": ["sun", "sun-cream"],
                           "window": { "anchor": "final-session", "fromDay": -3, "until": "session" }, "text": "No sun.",
                           "condition": { "or": [ { "fact": "skin-type", "equals": ["fair", "very-fair"] }, { "not": { "fact": "scabs", "present": true } } ] } } ] }
            """);
        return seeds.Select(Encoding.UTF8.GetBytes).ToArray();
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var document = new List<byte>(seed);
        int mutations = random.Next(1, 4);
        for (int m = 0; m < mutations && document.Count > 0; m++)
        {
            int at = random.Next(document.Count);
            switch (random.Next(8))
            {
                case 0: // truncate
                    document.RemoveRange(at, document.Count - at);
                    break;
                case 1: // random bytes
                    for (int k = random.Next(1, 6); k > 0; k--)
                    {
                        document[random.Next(document.Count)] = (byte)random.Next(256);
                    }

                    break;
                case 2: // swap a value for one of another type, or a huge or odd number
                    ReplaceValue(document, at, Values[random.Next(Values.Length)]);
                    break;
                case 3: // deep nesting
                    int depth = random.Next(10, 300);
                    string open = random.Next(2) == 0 ? new string('[', depth) : string.Concat(Enumerable.Repeat("{\"a\":", depth));
                    document.InsertRange(at, Encoding.UTF8.GetBytes(open));
                    break;
                case 4: // delete a span
                    document.RemoveRange(at, Math.Min(random.Next(1, 40), document.Count - at));
                    break;
                case 5: // duplicate a span
                    int length = Math.Min(random.Next(1, 200), document.Count - at);
                    document.InsertRange(random.Next(document.Count), document.GetRange(at, length));
                    break;
                case 6: // splice one of the document's own strings somewhere else
                    ReplaceValue(document, at, StringAt(document, random.Next(document.Count)) ?? "\"x\"");
                    break;
                default: // a single character that matters to JSON
                    document.Insert(at, (byte)JsonCharacters[random.Next(JsonCharacters.Length)]);
                    break;
            }
        }

        return document.ToArray();
    }

    /// <summary>Replaces the value that starts at or after <paramref name="at"/> (a string, number or literal) with <paramref name="value"/>.</summary>
    private static void ReplaceValue(List<byte> document, int at, string value)
    {
        int start = at;
        while (start < document.Count && document[start] is not ((byte)'"' or (byte)'-' or >= (byte)'0' and <= (byte)'9' or (byte)'t' or (byte)'f' or (byte)'n'))
        {
            start++;
        }

        if (start >= document.Count)
        {
            return;
        }

        int end = start + 1;
        if (document[start] == '"')
        {
            while (end < document.Count && document[end] != '"')
            {
                end += document[end] == '\\' ? 2 : 1;
            }

            end = Math.Min(end + 1, document.Count);
        }
        else
        {
            while (end < document.Count && document[end] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)' ' or (byte)'\n'))
            {
                end++;
            }
        }

        document.RemoveRange(start, end - start);
        document.InsertRange(start, Encoding.UTF8.GetBytes(value));
    }

    private static string? StringAt(List<byte> document, int at)
    {
        int start = document.IndexOf((byte)'"', at);
        int end = start < 0 ? -1 : document.IndexOf((byte)'"', start + 1);
        return end < 0 ? null : Encoding.UTF8.GetString(document.GetRange(start, end - start + 1).ToArray());
    }
}
