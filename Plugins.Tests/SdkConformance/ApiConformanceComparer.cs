using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>
    /// Checks the invariant of <c>Sdk/</c>: every visible type and member of ours exists in the official API
    /// with the identical signature. Less is allowed (a missing member or type on our side is fine); more or
    /// different is reported: an extra type, a header that differs, a member line the official type lacks.
    /// </summary>
    public static class ApiConformanceComparer
    {
        public static ConformanceReport Compare(string subject, ApiSurface ours, ApiSurface official)
        {
            var violations = new List<ConformanceViolation>();
            foreach (var type in ours.Types.Values.OrderBy(type => type.Key, StringComparer.Ordinal))
            {
                if (!official.Types.TryGetValue(type.Key, out var officialType))
                {
                    violations.Add(new ConformanceViolation(
                        type.Key,
                        ViolationKind.TypeNotInOfficialApi,
                        type.Header.Line,
                        "type not in the official API",
                        TypesOfTheSameSimpleName(type.Key, official)));
                    continue;
                }

                violations.AddRange(HeaderDifferences(type, officialType));
                violations.AddRange(type.Members
                    .Where(member => !officialType.MemberSet.Contains(member))
                    .Select(member => MemberViolation(type.Key, member, officialType, official)));
            }

            return new ConformanceReport(subject, violations);
        }

        private static IEnumerable<ConformanceViolation> HeaderDifferences(ApiType type, ApiType officialType)
        {
            var ours = type.Header;
            var theirs = officialType.Header;
            var closest = new[] { theirs.Line };
            if (ours.Declaration != theirs.Declaration)
            {
                yield return Header($"declared '{ours.Declaration}', officially '{theirs.Declaration}'");
            }

            if (ours.Name != theirs.Name)
            {
                yield return Header($"named '{ours.Name}', officially '{theirs.Name}'");
            }

            if (ours.BaseType != theirs.BaseType)
            {
                yield return Header($"base type {ours.BaseType ?? "System.Object"}, officially {theirs.BaseType ?? "System.Object"}");
            }

            foreach (var extra in ours.Interfaces.Where(implemented => !theirs.Interfaces.Contains(implemented)))
            {
                yield return Header($"implements {extra}, which the official type does not");
            }

            ConformanceViolation Header(string explanation) =>
                new(type.Key, ViolationKind.HeaderDiffers, ours.Line, explanation, closest);
        }

        private static ConformanceViolation MemberViolation(string typeKey, string member, ApiType officialType, ApiSurface official)
        {
            var name = ListingSyntax.MemberNameOf(member);
            var sameName = MembersNamed(name, officialType).ToList();
            if (sameName.Count > 0)
            {
                return new ConformanceViolation(
                    typeKey,
                    ViolationKind.MemberNotInOfficialApi,
                    member,
                    $"'{name}' differs from the official declaration(s) (signature, modifiers or value)",
                    sameName);
            }

            var declaringBase = BaseTypes(officialType, official)
                .Select(baseType => (baseType, lines: MembersNamed(name, baseType).ToList()))
                .FirstOrDefault(candidate => candidate.lines.Count > 0);
            if (declaringBase.baseType is not null)
            {
                return new ConformanceViolation(
                    typeKey,
                    ViolationKind.MemberNotInOfficialApi,
                    member,
                    $"'{name}' is declared on the base type {declaringBase.baseType.Key}, not here: IL binds to the declaring type, so a redeclaration fails at run time",
                    declaringBase.lines);
            }

            return new ConformanceViolation(
                typeKey,
                ViolationKind.MemberNotInOfficialApi,
                member,
                $"'{name}' does not exist on the official type",
                Array.Empty<string>());
        }

        private static IEnumerable<string> MembersNamed(string name, ApiType type) =>
            type.Members.Where(line => ListingSyntax.MemberNameOf(line) == name);

        private static IEnumerable<ApiType> BaseTypes(ApiType type, ApiSurface official)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var current = type;
            while (current.Header.BaseType is { } baseName
                && seen.Add(baseName)
                && official.Types.TryGetValue(ListingSyntax.TypeKeyOf(baseName), out var baseType))
            {
                yield return baseType;
                current = baseType;
            }
        }

        private static IReadOnlyList<string> TypesOfTheSameSimpleName(string key, ApiSurface official)
        {
            var simpleName = key.Substring(key.LastIndexOf('.') + 1);
            return official.Types.Values
                .Where(type => type.Key.EndsWith("." + simpleName, StringComparison.Ordinal))
                .Select(type => type.Header.Line)
                .ToList();
        }
    }
}
