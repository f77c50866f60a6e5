using System;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Validation
{
    /// <summary>Security roles: known privilege levels and verbs, on tables the solution or the platform has.</summary>
    internal static class RoleCheck
    {
        private static readonly string[] Verbs = { "AppendTo", "Append", "Assign", "Create", "Delete", "Read", "Share", "Write" };

        public static void CheckRoles(SolutionSource source)
        {
            var prefix = source.Prefix + "_";
            foreach (var role in source.Roles)
            {
                if (role.Root.Attribute("id") == null || role.Root.Attribute("name") == null)
                {
                    throw new SolutionSourceException(role.File, "<Role>", "needs an id and a name.");
                }

                foreach (var privilege in role.Root.Element("RolePrivileges")?.Elements("RolePrivilege") ?? Enumerable.Empty<XElement>())
                {
                    var name = (string?)privilege.Attribute("name") ?? "";
                    var level = (string?)privilege.Attribute("level") ?? "";
                    if (!SchemaEnumerations.PrivilegeLevel.Contains(level))
                    {
                        throw new SolutionSourceException(role.File, SolutionSourceException.Describe(privilege), $"has level '{level}'; use Basic, Local, Deep or Global.");
                    }

                    var (verb, schema) = SplitPrivilege(name);
                    if (schema == null || !schema.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var table = source.Model.SolutionOnly.FirstOrDefault(t => t.IsCustom && string.Equals(t.SchemaName, schema, StringComparison.Ordinal))
                        ?? throw new SolutionSourceException(role.File, SolutionSourceException.Describe(privilege), $"names table '{schema}', which the solution does not define (privileges use the table's schema name).");
                    if (table.IsActivity)
                    {
                        throw new SolutionSourceException(role.File, SolutionSourceException.Describe(privilege), "names an activity table; activities share the Activity privileges (prvReadActivity…).");
                    }

                    if (table.Ownership == "OrgOwned" && verb is "Assign" or "Share")
                    {
                        throw new SolutionSourceException(role.File, SolutionSourceException.Describe(privilege), $"an organization-owned table has no {verb} privilege.");
                    }

                    if (table.Ownership == "OrgOwned" && level != "Global")
                    {
                        throw new SolutionSourceException(role.File, SolutionSourceException.Describe(privilege), "an organization-owned table only has the Global level.");
                    }
                }
            }
        }

        /// <summary>prvAppendTocri_X → (AppendTo, cri_X).</summary>
        public static (string? Verb, string? Table) SplitPrivilege(string name)
        {
            if (!name.StartsWith("prv", StringComparison.Ordinal))
            {
                return (null, null);
            }

            var rest = name.Substring(3);
            foreach (var verb in Verbs)
            {
                if (rest.StartsWith(verb, StringComparison.OrdinalIgnoreCase))
                {
                    return (verb, rest.Substring(verb.Length));
                }
            }

            return (null, null);
        }
    }
}
