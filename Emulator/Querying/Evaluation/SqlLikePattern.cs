using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace CrmIndependence.Emulator.Querying.Evaluation;

/// <summary>
/// SQL Server's LIKE as Dataverse uses it: % any run of characters, _ one character, [abc] / [a-z] one of
/// a set, [^abc] none of a set ([%] is a literal %), compared ignoring case.
/// </summary>
internal static class SqlLikePattern
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new();

    public static Regex ToRegex(string pattern) => Cache.GetOrAdd(pattern, Build);

    private static Regex Build(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '%':
                    regex.Append(".*");
                    break;
                case '_':
                    regex.Append('.');
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        regex.Append(Regex.Escape("["));
                        break;
                    }
                    regex.Append(CharacterSet(pattern.Substring(i + 1, close - i - 1)));
                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        regex.Append('$');
        return new Regex(regex.ToString(),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    private static string CharacterSet(string body)
    {
        var set = new StringBuilder("[");
        var start = 0;
        if (body.StartsWith('^'))
        {
            set.Append('^');
            start = 1;
        }
        for (var i = start; i < body.Length; i++)
        {
            var c = body[i];
            set.Append(c == '-' && i > start && i < body.Length - 1 ? "-" : Regex.Escape(c.ToString()).Replace("]", "\\]"));
        }
        return set.Append(']').ToString();
    }
}
