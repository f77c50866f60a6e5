using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Security;

/// <summary>
/// Arranging security in an org: roles (the standard ones are always there; import a solution's
/// <c>Roles/</c>), who holds them, users and teams with roles, and what is shared.
/// </summary>
/// <example>
/// <code>
/// var org = Org.CreateSecured(clock, rolesFolder: "Solution/Roles", configure: o => o.HierarchySecurity = true);
/// var manager = org.Security.AddUser("Max Manager", roles: new[] { StandardRoles.SalesManager, "CrmIndependence Manager" });
/// var rep = org.Security.AddUser("Riley Rep", manager: manager, roles: new[] { StandardRoles.Salesperson, "CrmIndependence Rep" });
/// </code>
/// </example>
public sealed class OrgSecurity
{
    private readonly Org org;
    private readonly OrgEngine engine;

    internal OrgSecurity(Org org, OrgEngine engine)
    {
        this.org = org;
        this.engine = engine;
    }

    private SecurityModel Model => engine.Security;

    /// <summary>Whether security applies (<see cref="OrgOptions.Security"/>).</summary>
    public bool Enabled
    {
        get => engine.Options.Security;
        set => engine.Options.Security = value;
    }

    /// <summary>The org's roles: the standard four and any added or imported.</summary>
    public IReadOnlyCollection<SecurityRole> Roles => Model.Roles;

    /// <summary>The records shared so far (GrantAccess, ModifyAccess), with whom and which rights.</summary>
    public IReadOnlyList<Share> Shares => Model.Shares;

    public SecurityRole Role(string name) => Model.Role(name);

    /// <summary>Adds a role (replacing one of the same name).</summary>
    public SecurityRole AddRole(SecurityRole role)
    {
        lock (engine.Sync)
        {
            return Model.AddRole(role ?? throw new ArgumentNullException(nameof(role)));
        }
    }

    /// <summary>Adds a role from its XML (a solution's Roles/*.xml).</summary>
    public SecurityRole ImportRole(string xml) => AddRole(SecurityRole.FromXml(xml));

    /// <summary>Adds every role of a folder of role XML files (a solution's Roles/).</summary>
    public IReadOnlyList<SecurityRole> ImportRoles(string folder)
    {
        var roles = SecurityRole.FromFolder(folder);
        foreach (var role in roles)
        {
            AddRole(role);
        }

        return roles;
    }

    /// <summary>Gives a user roles, by name.</summary>
    public OrgSecurity AssignRoles(User user, params string[] roleNames) => Give(user.Id, roleNames);

    /// <summary>Gives an owner team roles: its members inherit them (at the team's business unit; Basic = rows the team owns).</summary>
    public OrgSecurity AssignRoles(Team team, params string[] roleNames) => Give(team.Id, roleNames);

    public void RemoveRole(User user, string roleName)
    {
        lock (engine.Sync)
        {
            Model.Take(user.Id, Model.Role(roleName));
        }
    }

    public IReadOnlyList<SecurityRole> RolesOf(User user) => Model.RolesOf(user.Id);

    public IReadOnlyList<SecurityRole> RolesOf(Team team) => Model.RolesOf(team.Id);

    /// <summary>Adds a user in a business unit (the root one by default), reporting to <paramref name="manager"/>, holding the given roles.</summary>
    public User AddUser(string fullName, BusinessUnit? businessUnit = null, User? manager = null, IEnumerable<string>? roles = null)
    {
        var names = roles?.ToArray() ?? Array.Empty<string>();
        foreach (var name in names)
        {
            Model.Role(name);
        }

        var user = org.Users.Add(fullName, manager, businessUnit);
        Give(user.Id, names);
        return user;
    }

    /// <summary>Adds an owner team in a business unit (the root one by default) with roles and members.</summary>
    public Team AddTeam(string name, BusinessUnit? businessUnit = null, IEnumerable<string>? roles = null, params User[] members)
    {
        var names = roles?.ToArray() ?? Array.Empty<string>();
        foreach (var role in names)
        {
            Model.Role(role);
        }

        var team = org.Teams.Add(name, businessUnit, members);
        Give(team.Id, names);
        return team;
    }

    /// <summary>The rights a user holds on a record now (what RetrievePrincipalAccess answers), for assertions.</summary>
    public AccessRights RightsOf(User user, EntityReference record)
    {
        lock (engine.Sync)
        {
            var table = engine.Catalog.Table(record.LogicalName);
            var row = engine.Store.Find(table.LogicalName, record.Id) ?? throw Faults.NotFound(table.LogicalName, record.Id);
            return Model.RightsOn(user.Id, table, row.Data);
        }
    }

    private OrgSecurity Give(Guid principalId, IEnumerable<string> roleNames)
    {
        lock (engine.Sync)
        {
            foreach (var name in roleNames)
            {
                Model.Give(principalId, Model.Role(name));
            }
        }

        return this;
    }
}
