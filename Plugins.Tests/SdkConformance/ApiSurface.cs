using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>
    /// The public and protected surface of one assembly, in the listing format of <c>Sdk/OfficialApi</c>:
    /// one <see cref="ApiType"/> per visible type, keyed by full name with generic arity
    /// (<c>Microsoft.Xrm.Sdk.DataCollection`2</c>).
    /// </summary>
    public sealed class ApiSurface
    {
        public ApiSurface(string identity, string publicKeyHex, IEnumerable<ApiType> types)
        {
            Identity = identity;
            PublicKeyHex = publicKeyHex;
            Types = types.ToDictionary(type => type.Key, StringComparer.Ordinal);
        }

        /// <summary>The assembly's display name, e.g. <c>Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35</c>.</summary>
        public string Identity { get; }

        /// <summary>The assembly's public key in lowercase hex, empty when it has none.</summary>
        public string PublicKeyHex { get; }

        public IReadOnlyDictionary<string, ApiType> Types { get; }

        /// <summary>The surface as listing text (types in name order), for reading or diffing.</summary>
        public string ToListing()
        {
            var text = new StringBuilder();
            text.Append("// ").AppendLine(Identity);
            text.Append("// PublicKey: ").AppendLine(PublicKeyHex);
            foreach (var type in Types.Values.OrderBy(type => type.Key, StringComparer.Ordinal))
            {
                text.AppendLine();
                text.AppendLine(type.Header.Line);
                text.AppendLine("{");
                foreach (var member in type.Members)
                {
                    text.Append("  ").AppendLine(member);
                }

                text.AppendLine("}");
            }

            return text.ToString();
        }
    }

    /// <summary>A visible type: its header and its member lines (attributes left out).</summary>
    public sealed class ApiType
    {
        public ApiType(ApiTypeHeader header, IEnumerable<string> members)
        {
            Header = header;
            Members = members.ToList();
            MemberSet = new HashSet<string>(Members, StringComparer.Ordinal);
        }

        /// <summary>Full name with generic arity, without type parameters: <c>Microsoft.Xrm.Sdk.DataCollection`2</c>.</summary>
        public string Key => Header.Key;

        public ApiTypeHeader Header { get; }

        /// <summary>Member lines in declaration order, e.g. <c>public virtual TValue this[TKey key] { get; set; }</c>.</summary>
        public IReadOnlyList<string> Members { get; }

        public IReadOnlySet<string> MemberSet { get; }
    }

    /// <summary>
    /// A type header such as
    /// <c>public abstract class Microsoft.Xrm.Sdk.DataCollection`2&lt;TKey, TValue&gt; : System.Collections.IEnumerable</c>,
    /// split into what is compared separately.
    /// </summary>
    /// <param name="Declaration">Modifiers and kind: <c>public sealed class</c>, <c>public static class</c>, <c>public interface</c>, <c>public enum</c>, <c>public struct</c>.</param>
    /// <param name="Name">Full name as written, with arity and type parameters: <c>Microsoft.Xrm.Sdk.DataCollection`2&lt;TKey, TValue&gt;</c>.</param>
    /// <param name="BaseType">The base class (an enum's underlying type), or null for <c>System.Object</c> and for interfaces and structs.</param>
    /// <param name="Interfaces">The interfaces the header lists.</param>
    public sealed record ApiTypeHeader(string Declaration, string Name, string? BaseType, IReadOnlyList<string> Interfaces)
    {
        public string Key
        {
            get
            {
                var typeParameters = Name.IndexOf('<', StringComparison.Ordinal);
                return typeParameters < 0 ? Name : Name.Substring(0, typeParameters);
            }
        }

        /// <summary>The header as the listing writes it.</summary>
        public string Line
        {
            get
            {
                var items = (BaseType is null ? Array.Empty<string>() : new[] { BaseType }).Concat(Interfaces).ToList();
                return items.Count == 0
                    ? $"{Declaration} {Name}"
                    : $"{Declaration} {Name} : {string.Join(", ", items)}";
            }
        }
    }
}
