using System.Globalization;
using System.Text;

namespace SmpRules.Protocols.Json;

/// <summary>Builds the JSON paths problems are reported at, such as <c>$.rules[2].window.toDay</c>.</summary>
internal static class JsonPath
{
    public const string Root = "$";

    public static string Property(string path, string name)
    {
        if (IsIdentifier(name))
        {
            return path + "." + name;
        }

        var text = new StringBuilder(path.Length + name.Length + 4).Append(path).Append("['");
        foreach (char c in name)
        {
            switch (c)
            {
                case '\'':
                    text.Append("\\'");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case < ' ':
                    text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.Append("']").ToString();
    }

    public static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] is '_' or '$'))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '$'))
            {
                return false;
            }
        }

        return true;
    }
}
