using System;
using System.Collections.Generic;
using System.Text;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>Small text rules of the listing format, shared by the parser and the comparer.</summary>
    public static class ListingSyntax
    {
        /// <summary>
        /// Removes the leading <c>[...]</c> attribute groups of a line (brackets inside quoted strings and
        /// nested brackets are skipped) and collapses runs of white space.
        /// </summary>
        public static string WithoutAttributes(string line)
        {
            var text = line.Trim();
            while (text.StartsWith("[", StringComparison.Ordinal))
            {
                var end = EndOfBracketGroup(text);
                if (end < 0)
                {
                    break;
                }

                text = text.Substring(end + 1).TrimStart();
            }

            return CollapseWhiteSpace(text);
        }

        /// <summary>
        /// The name a member line declares: <c>Contains</c> for <c>public bool Contains(string key);</c>,
        /// <c>this[]</c> for an indexer, <c>Input</c> for the enum member <c>Input = 0,</c>.
        /// </summary>
        public static string MemberNameOf(string memberLine)
        {
            var line = memberLine;
            var comment = line.IndexOf(" //", StringComparison.Ordinal);
            if (comment >= 0)
            {
                line = line.Substring(0, comment);
            }

            var indexer = line.IndexOf("this[", StringComparison.Ordinal);
            var end = FirstOf(line, "(", " {", " =", ";");
            if (indexer >= 0 && (end < 0 || indexer < end))
            {
                return "this[]";
            }

            if (end < 0)
            {
                end = line.Length;
            }

            var i = end - 1;
            while (i >= 0 && line[i] == ' ')
            {
                i--;
            }

            if (i >= 0 && line[i] == '>')
            {
                // A generic method: ToEntity<T>(...) is named ToEntity.
                var depth = 0;
                for (; i >= 0; i--)
                {
                    if (line[i] == '>')
                    {
                        depth++;
                    }
                    else if (line[i] == '<' && --depth == 0)
                    {
                        i--;
                        break;
                    }
                }
            }

            var last = i;
            while (i >= 0 && (char.IsLetterOrDigit(line[i]) || line[i] == '_' || line[i] == '`'))
            {
                i--;
            }

            return line.Substring(i + 1, last - i);
        }

        /// <summary>
        /// The listing key of a type as written in a signature or header: <c>Microsoft.Xrm.Sdk.DataCollection&lt;string, object&gt;</c>
        /// and <c>Microsoft.Xrm.Sdk.DataCollection`2&lt;TKey, TValue&gt;</c> are both <c>Microsoft.Xrm.Sdk.DataCollection`2</c>.
        /// </summary>
        public static string TypeKeyOf(string typeName)
        {
            var open = typeName.IndexOf('<', StringComparison.Ordinal);
            if (open < 0)
            {
                return typeName;
            }

            var name = typeName.Substring(0, open);
            if (name.Contains('`', StringComparison.Ordinal))
            {
                return name;
            }

            var arguments = SplitTopLevel(typeName.Substring(open + 1, typeName.LastIndexOf('>') - open - 1));
            return $"{name}`{arguments.Count}";
        }

        /// <summary>Splits <c>A&lt;B, C&gt;, D</c> at the commas outside angle brackets.</summary>
        public static IReadOnlyList<string> SplitTopLevel(string list)
        {
            var items = new List<string>();
            var depth = 0;
            var start = 0;
            for (var i = 0; i < list.Length; i++)
            {
                switch (list[i])
                {
                    case '<':
                        depth++;
                        break;
                    case '>':
                        depth--;
                        break;
                    case ',' when depth == 0:
                        items.Add(list.Substring(start, i - start).Trim());
                        start = i + 1;
                        break;
                }
            }

            var tail = list.Substring(start).Trim();
            if (tail.Length > 0)
            {
                items.Add(tail);
            }

            return items;
        }

        private static int EndOfBracketGroup(string text)
        {
            var depth = 0;
            var inString = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (inString)
                {
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else if (c == '"')
                {
                    inString = true;
                }
                else if (c == '[')
                {
                    depth++;
                }
                else if (c == ']' && --depth == 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private static int FirstOf(string line, params string[] tokens)
        {
            var first = -1;
            foreach (var token in tokens)
            {
                var at = line.IndexOf(token, StringComparison.Ordinal);
                if (at >= 0 && (first < 0 || at < first))
                {
                    first = at;
                }
            }

            return first;
        }

        private static string CollapseWhiteSpace(string text)
        {
            var result = new StringBuilder(text.Length);
            var previousWasSpace = false;
            foreach (var c in text)
            {
                var isSpace = char.IsWhiteSpace(c);
                if (!isSpace || !previousWasSpace)
                {
                    result.Append(isSpace ? ' ' : c);
                }

                previousWasSpace = isSpace;
            }

            return result.ToString().Trim();
        }
    }
}
