using System;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SmpRules.Protocols;

namespace SmpRules.Scheduling;

/// <summary>
/// A protocol's rule ids, family names and texts escaped once for the relaxed JSON encoder (as the samples write
/// answers), and its ids and window descriptions in UTF-8 for the explanations, by rule index, so that each answer
/// copies them instead of escaping or transcoding them again.
/// </summary>
internal sealed class ProtocolJsonText
{
    /// <summary>The most cultures whose texts are kept (those the texts resolve to, and those asked).</summary>
    private const int MaxCultures = 64;

    private readonly CareProtocol _protocol;
    private readonly ConcurrentDictionary<string, JsonEncodedText[]> _texts = new(StringComparer.Ordinal);

    public ProtocolJsonText(CareProtocol protocol)
    {
        _protocol = protocol;
        var rules = protocol.Rules;
        Ids = new JsonEncodedText[rules.Length];
        Families = new JsonEncodedText[rules.Length];
        IdsUtf8 = new byte[rules.Length][];
        WindowsUtf8 = new byte[rules.Length][];
        for (int i = 0; i < rules.Length; i++)
        {
            Ids[i] = Encode(rules[i].Id);
            Families[i] = Encode(rules[i].Family.Name);
            IdsUtf8[i] = Encoding.UTF8.GetBytes(rules[i].Id);
            WindowsUtf8[i] = Encoding.UTF8.GetBytes(rules[i].Window.ToString() ?? string.Empty);
        }
    }

    /// <summary>The rules' ids in UTF-8 (not escaped), by rule index, for the explanations.</summary>
    public byte[][] IdsUtf8 { get; }

    /// <summary>The rules' window descriptions in UTF-8 (not escaped), by rule index, for the explanations.</summary>
    public byte[][] WindowsUtf8 { get; }

    /// <summary>The rules' ids, by rule index.</summary>
    public JsonEncodedText[] Ids { get; }

    /// <summary>The rules' family names, by rule index.</summary>
    public JsonEncodedText[] Families { get; }

    /// <summary>The rules' texts in a culture (as <see cref="Rules.CareText.Resolve(string)"/> falls back), by rule index; looked up once per answer.</summary>
    public JsonEncodedText[] TextsIn(string? culture)
    {
        string key = culture ?? string.Empty;
        if (!_texts.TryGetValue(key, out JsonEncodedText[]? texts))
        {
            var rules = _protocol.Rules;
            texts = new JsonEncodedText[rules.Length];
            for (int i = 0; i < rules.Length; i++)
            {
                texts[i] = Encode(rules[i].Text.Resolve(culture));
            }

            if (_texts.Count < MaxCultures)
            {
                texts = _texts.GetOrAdd(key, texts);
            }
        }

        return texts;
    }

    private static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
}
