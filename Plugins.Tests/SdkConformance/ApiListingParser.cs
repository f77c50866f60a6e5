using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>
    /// Reads an API listing (the format of <c>Sdk/OfficialApi/*.txt</c>) into an <see cref="ApiSurface"/>:
    /// per type, the header and the set of member lines without their attributes.
    /// </summary>
    public static class ApiListingParser
    {
        private const string PublicKeyPrefix = "// PublicKey:";
        private static readonly Regex Kind = new(@"\b(class|interface|enum|struct)\b", RegexOptions.CultureInvariant);
        private static readonly Regex InterfaceNamingConvention = new(@"^I[A-Z]", RegexOptions.CultureInvariant);

        public static ApiSurface ParseFile(string path) => Parse(File.ReadAllText(path));

        public static ApiSurface Parse(string listing)
        {
            var identity = string.Empty;
            var publicKey = string.Empty;
            var blocks = new List<(string Header, List<string> Members)>();
            List<string>? members = null;

            foreach (var rawLine in listing.Split('\n'))
            {
                var line = rawLine.TrimEnd('\r');
                if (line.StartsWith("//", StringComparison.Ordinal))
                {
                    if (line.StartsWith(PublicKeyPrefix, StringComparison.Ordinal))
                    {
                        publicKey = line.Substring(PublicKeyPrefix.Length).Trim().ToLowerInvariant();
                    }
                    else if (identity.Length == 0 && line.Contains(", Version=", StringComparison.Ordinal))
                    {
                        identity = line.Substring(2).Trim();
                    }
                }
                else if (line.Trim().Length == 0 || line.StartsWith("[", StringComparison.Ordinal) || line == "{")
                {
                    // Blank lines, type attributes and the opening brace carry nothing compared.
                }
                else if (line == "}")
                {
                    members = null;
                }
                else if (line.StartsWith(" ", StringComparison.Ordinal))
                {
                    if (members is null)
                    {
                        throw new FormatException($"Member line outside a type: '{line}'.");
                    }

                    members.Add(ListingSyntax.WithoutAttributes(line));
                }
                else
                {
                    members = new List<string>();
                    blocks.Add((ListingSyntax.WithoutAttributes(line), members));
                }
            }

            var headers = blocks.Select(block => SplitHeader(block.Header)).ToList();
            var interfaceKeys = new HashSet<string>(
                headers.Where(header => header.Kind == "interface").Select(header => ListingSyntax.TypeKeyOf(header.Name)),
                StringComparer.Ordinal);
            var typeKeys = new HashSet<string>(headers.Select(header => ListingSyntax.TypeKeyOf(header.Name)), StringComparer.Ordinal);

            var types = blocks.Select((block, i) =>
                new ApiType(Classify(headers[i], interfaceKeys, typeKeys), block.Members));
            return new ApiSurface(identity, publicKey, types);
        }

        private static SplitLine SplitHeader(string header)
        {
            var colon = header.IndexOf(" : ", StringComparison.Ordinal);
            var declared = colon < 0 ? header : header.Substring(0, colon);
            var items = colon < 0 ? Array.Empty<string>() : ListingSyntax.SplitTopLevel(header.Substring(colon + 3));
            var kind = Kind.Match(declared);
            if (!kind.Success)
            {
                throw new FormatException($"Not a type header: '{header}'.");
            }

            var declarationEnd = kind.Index + kind.Length;
            return new SplitLine(
                declared.Substring(0, declarationEnd),
                kind.Value,
                declared.Substring(declarationEnd).Trim(),
                items);
        }

        private static ApiTypeHeader Classify(SplitLine header, ISet<string> interfaceKeys, ISet<string> typeKeys)
        {
            var items = header.Items;
            var firstIsBaseType = header.Kind switch
            {
                "enum" => items.Count > 0,
                "class" => items.Count > 0 && !IsInterface(items[0], interfaceKeys, typeKeys),
                _ => false,
            };

            return firstIsBaseType
                ? new ApiTypeHeader(header.Declaration, header.Name, items[0], items.Skip(1).ToList())
                : new ApiTypeHeader(header.Declaration, header.Name, null, items.ToList());
        }

        /// <summary>
        /// The listing omits <c>System.Object</c>, so the first item after the colon is either the base class
        /// or an interface. An interface is one the listing declares as such or, for types of other
        /// assemblies, one named by the .NET convention (<c>IExtensibleDataObject</c>, <c>IEnumerable&lt;T&gt;</c>).
        /// </summary>
        private static bool IsInterface(string typeName, ISet<string> interfaceKeys, ISet<string> typeKeys)
        {
            var key = ListingSyntax.TypeKeyOf(typeName);
            if (interfaceKeys.Contains(key))
            {
                return true;
            }

            if (typeKeys.Contains(key))
            {
                return false;
            }

            var simpleName = key.Substring(key.LastIndexOf('.') + 1);
            return InterfaceNamingConvention.IsMatch(simpleName);
        }

        private sealed record SplitLine(string Declaration, string Kind, string Name, IReadOnlyList<string> Items);
    }
}
