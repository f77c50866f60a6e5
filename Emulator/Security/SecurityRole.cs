using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CrmIndependence.Emulator.Security;

/// <summary>
/// A security role: privileges named as Dataverse names them (<c>prvReadAccount</c>,
/// <c>prvWritecri_CoachingSession</c>, <c>prvCreateActivity</c>) with their depth. Build one with
/// <see cref="Define"/> and <see cref="Grant(Access, string, AccessDepth)"/>, or read the role XML a
/// solution ships (<c>Roles/*.xml</c>) with <see cref="FromXml"/>.
/// </summary>
public sealed class SecurityRole
{
    private readonly Dictionary<string, AccessDepth> privileges = new(StringComparer.OrdinalIgnoreCase);

    private SecurityRole(string name, Guid id)
    {
        Name = name;
        Id = id;
    }

    public string Name { get; }

    public Guid Id { get; }

    /// <summary>Privilege name → depth (names compare case-insensitively).</summary>
    public IReadOnlyDictionary<string, AccessDepth> Privileges => privileges;

    public static SecurityRole Define(string name, Guid? id = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A security role needs a name.", nameof(name));
        }

        return new SecurityRole(name.Trim(), id ?? Guid.NewGuid());
    }

    /// <summary>Grants a privilege on a table (logical name; activity tables share "Activity", systemuser is "User").</summary>
    public SecurityRole Grant(Access access, string table, AccessDepth depth) => Grant(PrivilegeNames.For(access, table), depth);

    /// <summary>Grants each access on a table at one depth.</summary>
    public SecurityRole Grant(string table, AccessDepth depth, params Access[] accesses)
    {
        foreach (var access in accesses)
        {
            Grant(access, table, depth);
        }

        return this;
    }

    /// <summary>Grants a privilege by its Dataverse name (e.g. prvReadcri_DependencySignal); a second grant keeps the deeper depth.</summary>
    public SecurityRole Grant(string privilegeName, AccessDepth depth)
    {
        if (!PrivilegeNames.TryParse(privilegeName, out _, out _))
        {
            throw new ArgumentException(
                $"'{privilegeName}' is not a table privilege name: it must be prv + Create/Read/Write/Delete/Append/AppendTo/Assign/Share + the table (e.g. prvReadAccount).",
                nameof(privilegeName));
        }

        if (!privileges.TryGetValue(privilegeName, out var held) || held < depth)
        {
            privileges[privilegeName] = depth;
        }

        return this;
    }

    /// <summary>The depth this role holds a privilege at, or null when it does not hold it.</summary>
    public AccessDepth? DepthOf(string privilegeName) => privileges.TryGetValue(privilegeName, out var depth) ? depth : null;

    /// <summary>
    /// Reads a role as a solution ships it: <c>&lt;Role id="{...}" name="..."&gt;&lt;RolePrivileges&gt;&lt;RolePrivilege
    /// name="prvReadAccount" level="Global" /&gt;...</c>. Privileges that are not table privileges (prvExportToExcel…)
    /// are kept out: the emulator does not model them.
    /// </summary>
    public static SecurityRole FromXml(string xml, string? source = null)
    {
        var where = source ?? "The role XML";
        XElement root;
        try
        {
            root = XElement.Parse(xml);
        }
        catch (System.Xml.XmlException error)
        {
            throw new FormatException($"{where} is not well-formed XML: {error.Message}", error);
        }

        if (root.Name.LocalName != "Role")
        {
            throw new FormatException($"{where} has root element <{root.Name.LocalName}>; a security role's root is <Role name=\"...\">.");
        }

        var name = (string?)root.Attribute("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new FormatException($"{where}: the <Role> element has no name attribute.");
        }

        var id = Guid.TryParse(((string?)root.Attribute("id"))?.Trim('{', '}'), out var parsed) ? parsed : Guid.NewGuid();
        var role = new SecurityRole(name!.Trim(), id);
        foreach (var privilege in root.Descendants().Where(element => element.Name.LocalName == "RolePrivilege"))
        {
            var privilegeName = (string?)privilege.Attribute("name");
            var level = (string?)privilege.Attribute("level");
            if (string.IsNullOrWhiteSpace(privilegeName) || string.IsNullOrWhiteSpace(level))
            {
                throw new FormatException($"{where}: role '{role.Name}' has a <RolePrivilege> without name or level.");
            }

            if (PrivilegeNames.TryParse(privilegeName!, out _, out _))
            {
                role.Grant(privilegeName!, AccessNames.ParseDepth(level!, $"{where}, privilege {privilegeName}"));
            }
        }

        return role;
    }

    /// <summary>Reads every <c>*.xml</c> role of a folder (a solution's <c>Roles/</c>), by file name order.</summary>
    public static IReadOnlyList<SecurityRole> FromFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The roles folder '{folder}' does not exist; point at the solution's Roles/ folder.");
        }

        var files = Directory.GetFiles(folder, "*.xml").OrderBy(path => path, StringComparer.Ordinal).ToArray();
        var stamp = string.Join("|", files.Select(path => $"{path}:{File.GetLastWriteTimeUtc(path).Ticks}:{new FileInfo(path).Length}"));
        var key = Path.GetFullPath(folder);
        if (!ReadFolders.TryGetValue(key, out var read) || read.Stamp != stamp)
        {
            read = (stamp, files.Select(path => FromXml(File.ReadAllText(path), Path.GetFileName(path))).ToArray());
            ReadFolders[key] = read;
        }

        return Array.ConvertAll(read.Roles, role => role.Copy(role.Id));
    }

    // The roles of each folder read so far, with the names, times and sizes of its files: a folder is parsed again only
    // when a file changed (each org still gets copies: a role can be granted more in one org without touching another).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Stamp, SecurityRole[] Roles)> ReadFolders = new(StringComparer.Ordinal);

    /// <summary>A role with the same name and privileges, and the id given.</summary>
    internal SecurityRole Copy(Guid id)
    {
        var copy = new SecurityRole(Name, id);
        foreach (var privilege in privileges)
        {
            copy.privileges.Add(privilege.Key, privilege.Value);
        }

        return copy;
    }

    public override string ToString() => Name;
}

/// <summary>Privilege names: prv + access + the table's privilege name.</summary>
internal static class PrivilegeNames
{
    // Longest first, so AppendTo is not read as Append + "To...".
    private static readonly (string Prefix, Access Access)[] Prefixes = AccessNames.All
        .Select(access => ("prv" + access, access))
        .OrderByDescending(pair => pair.Item1.Length)
        .ToArray();

    public static string For(Access access, string table) => "prv" + access + PrivilegeEntity(table);

    /// <summary>
    /// What a table's privileges are named after: activity tables share "Activity" (prvReadActivity covers task,
    /// email, phonecall, appointment…), systemuser is "User", the standard tables the suite touches go by their schema
    /// name (Account, TransactionCurrency, OpportunitySalesProcess…); other tables go by their logical name (names compare
    /// case-insensitively, so prvReadcri_CoachingSession is cri_coachingsession's).
    /// </summary>
    public static string PrivilegeEntity(string table) => table switch
    {
        "systemuser" => "User",
        "account" => "Account",
        "contact" => "Contact",
        "opportunity" => "Opportunity",
        "team" => "Team",
        "businessunit" => "BusinessUnit",
        "transactioncurrency" => "TransactionCurrency",
        "environmentvariabledefinition" => "EnvironmentVariableDefinition",
        "environmentvariablevalue" => "EnvironmentVariableValue",
        "opportunitysalesprocess" => "OpportunitySalesProcess",
        "processstage" => "ProcessStage",
        "workflow" => "Workflow",
        "activitypointer" or "task" or "email" or "phonecall" or "appointment" or "letter" or "fax" or "opportunityclose"
            or "socialactivity" or "recurringappointmentmaster" => "Activity",
        _ => table,
    };

    public static bool TryParse(string name, out Access access, out string entity)
    {
        foreach (var (prefix, candidate) in Prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name.Length > prefix.Length)
            {
                access = candidate;
                entity = name.Substring(prefix.Length);
                return true;
            }
        }

        access = default;
        entity = string.Empty;
        return false;
    }
}
