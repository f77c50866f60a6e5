using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Storage;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Security;

/// <summary>
/// The org's security data and its access rule: roles, who holds them (users and owner teams), and the
/// records shared with a principal. <see cref="Decide"/> answers whether a user may do something to a row,
/// as Dataverse decides it (learn.microsoft.com/power-platform/admin/security-roles-privileges):
/// SYSTEM and System Administrator pass; otherwise the user, or an owner team they are a member of, must hold
/// the table's privilege at a depth that reaches the row (Basic: rows the principal owns — for a user also
/// rows owned by their teams; Local: rows of the principal's business unit; Deep: that unit and the units
/// under it; Global: every row), or the row is shared with them (or their team) with that right, or the
/// manager hierarchy gives it. Organization-owned tables need only the privilege.
/// </summary>
internal sealed class SecurityModel
{
    private readonly DataStore store;
    private readonly Func<Guid> systemUser;
    private readonly Dictionary<string, SecurityRole> roles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, List<SecurityRole>> held = new();
    private readonly List<Share> shares = new();

    public SecurityModel(DataStore store, OrgOptions options, Func<Guid> systemUser)
    {
        this.store = store;
        Options = options;
        this.systemUser = systemUser;
        foreach (var role in StandardRoles.All())
        {
            roles[role.Name] = role;
        }
    }

    public OrgOptions Options { get; }

    public bool Enabled => Options.Security;

    public IReadOnlyCollection<SecurityRole> Roles => roles.Values;

    public IReadOnlyList<Share> Shares => shares;

    public SecurityRole AddRole(SecurityRole role)
    {
        roles[role.Name] = role;
        return role;
    }

    public SecurityRole Role(string name) =>
        roles.TryGetValue(name, out var role) ? role
        : throw new KeyNotFoundException($"The org has no security role named '{name}'. Roles: {string.Join(", ", roles.Keys.OrderBy(key => key, StringComparer.Ordinal))}. Import the solution's roles (Security.ImportRoles) or add it (Security.AddRole).");

    public void Give(Guid principalId, SecurityRole role)
    {
        if (!held.TryGetValue(principalId, out var list))
        {
            held[principalId] = list = new List<SecurityRole>();
        }

        if (!list.Contains(role))
        {
            list.Add(role);
        }
    }

    public void Take(Guid principalId, SecurityRole role)
    {
        if (held.TryGetValue(principalId, out var list))
        {
            list.Remove(role);
        }
    }

    public IReadOnlyList<SecurityRole> RolesOf(Guid principalId) => held.TryGetValue(principalId, out var list) ? list : Array.Empty<SecurityRole>();

    // ---- Sharing -------------------------------------------------------------------------------

    public AccessRights SharedRights(string table, Guid rowId, Guid principalId) =>
        shares.Where(share => share.RowId == rowId && share.Principal.Id == principalId && share.Table == table)
            .Aggregate(AccessRights.None, (rights, share) => rights | share.Rights);

    /// <summary>Sets the rights shared with a principal (None removes the share); returns how to undo it.</summary>
    public Action SetShare(string table, Guid rowId, EntityReference principal, AccessRights rights)
    {
        var existing = shares.FirstOrDefault(share => share.RowId == rowId && share.Principal.Id == principal.Id && share.Table == table);
        var index = existing == null ? -1 : shares.IndexOf(existing);
        if (existing != null)
        {
            shares.Remove(existing);
        }

        Share? added = null;
        if (rights != AccessRights.None)
        {
            added = new Share(table, rowId, new EntityReference(principal.LogicalName, principal.Id), rights);
            shares.Add(added);
        }

        return () =>
        {
            if (added != null)
            {
                shares.Remove(added);
            }

            if (existing != null)
            {
                shares.Insert(Math.Min(index, shares.Count), existing);
            }
        };
    }

    // ---- The rule -----------------------------------------------------------------------------

    /// <summary>SYSTEM, and holders of System Administrator (directly or through a team), pass every check.</summary>
    public bool Bypasses(Guid userId) =>
        !Enabled || userId == systemUser() || Principals(userId).Any(principal => RolesOf(principal.Id).Any(role => role.Name == StandardRoles.SystemAdministrator));

    /// <summary>Whether the table's rows are checked at all (intersect tables are reached through the rows they link).</summary>
    public static bool IsSecured(TableDefinition table) => table.Ownership != TableOwnership.None;

    public static string PrivilegeFor(Access access, TableDefinition table) =>
        "prv" + access + (table.IsActivity || table.LogicalName == "activitypointer" ? "Activity" : PrivilegeNames.PrivilegeEntity(table.LogicalName));

    /// <summary>
    /// The privilege's name as the org spells it: as a role of the org holds it (prvReadcri_CoachingSession),
    /// else with the table name capitalised (prvReadAccount).
    /// </summary>
    public string Spelling(string privilege)
    {
        foreach (var role in roles.Values)
        {
            foreach (var name in role.Privileges.Keys)
            {
                if (string.Equals(name, privilege, StringComparison.OrdinalIgnoreCase))
                {
                    return name;
                }
            }
        }

        return PrivilegeNames.TryParse(privilege, out var access, out var entity) && entity.Length > 0
            ? "prv" + access + char.ToUpperInvariant(entity[0]) + entity.Substring(1)
            : privilege;
    }

    /// <summary>The deepest depth at which any of the user's principals holds the privilege (null: none does).</summary>
    public AccessDepth? DeepestDepth(Guid userId, Access access, TableDefinition table)
    {
        var privilege = PrivilegeFor(access, table);
        AccessDepth? deepest = null;
        foreach (var principal in Principals(userId))
        {
            foreach (var role in RolesOf(principal.Id))
            {
                if (role.DepthOf(privilege) is { } depth && (deepest == null || depth > deepest))
                {
                    deepest = depth;
                }
            }
        }

        return deepest;
    }

    /// <summary>
    /// The decision for one access to one row (<paramref name="row"/>: the stored row, or the row a Create
    /// would store). Callers that refuse turn it into the platform's fault.
    /// </summary>
    public AccessDecision Decide(Guid userId, Access access, TableDefinition table, Entity row)
    {
        if (Bypasses(userId) || !IsSecured(table))
        {
            return AccessDecision.Allowed;
        }

        var privilege = PrivilegeFor(access, table);
        var holdsPrivilege = false;
        foreach (var principal in Principals(userId))
        {
            foreach (var role in RolesOf(principal.Id))
            {
                if (role.DepthOf(privilege) is not { } depth)
                {
                    continue;
                }

                holdsPrivilege = true;
                if (table.Ownership == TableOwnership.Organization || Reaches(principal, userId, depth, table, row))
                {
                    return AccessDecision.Allowed;
                }
            }
        }

        if (!holdsPrivilege)
        {
            return AccessDecision.MissingPrivilege;
        }

        if (SharedWith(userId, table, row.Id, access) || Options.HierarchySecurity && HierarchyGrants(userId, access, table, row))
        {
            return AccessDecision.Allowed;
        }

        return AccessDecision.OutOfReach;
    }

    /// <summary>Every right the user holds on the row (what RetrievePrincipalAccess answers).</summary>
    public AccessRights RightsOn(Guid userId, TableDefinition table, Entity row) =>
        AccessNames.All.Where(access => access != Access.Create && Decide(userId, access, table, row) == AccessDecision.Allowed)
            .Aggregate(AccessRights.None, (rights, access) => rights | access.ToRights());

    /// <summary>The rights a team holds on a row through its own roles and shares (for RetrievePrincipalAccess on a team).</summary>
    public AccessRights TeamRightsOn(Guid teamId, TableDefinition table, Entity row)
    {
        if (!Enabled || !IsSecured(table))
        {
            return AccessNames.All.Where(access => access != Access.Create).Aggregate(AccessRights.None, (rights, access) => rights | access.ToRights());
        }

        var team = PrincipalOf("team", teamId);
        var rights = SharedRights(table.LogicalName, row.Id, teamId);
        foreach (var access in AccessNames.All.Where(access => access != Access.Create))
        {
            foreach (var role in RolesOf(teamId))
            {
                if (role.DepthOf(PrivilegeFor(access, table)) is { } depth
                    && (table.Ownership == TableOwnership.Organization || Reaches(team, Guid.Empty, depth, table, row)))
                {
                    rights |= access.ToRights();
                }
            }
        }

        return rights;
    }

    /// <summary>The user and the owner teams they are a member of, each with its business unit.</summary>
    public IReadOnlyList<Principal> Principals(Guid userId)
    {
        var list = new List<Principal> { PrincipalOf("systemuser", userId) };
        foreach (var membership in store.Table("teammembership").RowsWhereEqual("systemuserid", userId))
        {
            if (membership["teamid"] is Guid teamId && store.Find("team", teamId) is { } team && IsOwnerTeam(team.Data))
            {
                list.Add(PrincipalOf("team", teamId));
            }
        }

        return list;
    }

    public Guid BusinessUnitOfRow(TableDefinition table, Entity row)
    {
        if (row.GetAttributeValue<EntityReference>("owningbusinessunit") is { } owning)
        {
            return owning.Id;
        }

        if (row.GetAttributeValue<EntityReference>("businessunitid") is { } unit)
        {
            return unit.Id;
        }

        return table.LogicalName == "businessunit" ? row.Id : Guid.Empty;
    }

    private static bool IsOwnerTeam(Entity team) => team.GetAttributeValue<OptionSetValue>("teamtype") is not { Value: not 0 };

    private Principal PrincipalOf(string table, Guid id) =>
        new(table, id, store.Find(table, id)?.Data.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? Guid.Empty);

    private bool Reaches(Principal principal, Guid userId, AccessDepth depth, TableDefinition table, Entity row)
    {
        if (depth == AccessDepth.Global)
        {
            return true;
        }

        var unit = BusinessUnitOfRow(table, row);
        if (depth == AccessDepth.Basic && table.IsUserOwned)
        {
            var owner = row.GetAttributeValue<EntityReference>("ownerid");
            if (owner == null)
            {
                return false;
            }

            // A user reaches what they own and what their teams own; a team reaches what it owns.
            return owner.Id == principal.Id || (principal.Table == "systemuser" && IsMember(userId, owner));
        }

        // Basic on a business-unit-owned table (systemuser, team) is treated as the principal's own unit.
        return depth == AccessDepth.Deep ? IsWithin(unit, principal.BusinessUnitId) : unit == principal.BusinessUnitId;
    }

    private bool IsMember(Guid userId, EntityReference owner) =>
        owner.LogicalName == "team"
        && store.Table("teammembership").RowsWhereEqual("systemuserid", userId).Any(membership => membership["teamid"] is Guid teamId && teamId == owner.Id);

    /// <summary>Whether <paramref name="unit"/> is <paramref name="ancestor"/> or under it.</summary>
    public bool IsWithin(Guid unit, Guid ancestor)
    {
        var seen = new HashSet<Guid>();
        var current = unit;
        while (current != Guid.Empty && seen.Add(current))
        {
            if (current == ancestor)
            {
                return true;
            }

            current = store.Find("businessunit", current)?.Data.GetAttributeValue<EntityReference>("parentbusinessunitid")?.Id ?? Guid.Empty;
        }

        return false;
    }

    private bool SharedWith(Guid userId, TableDefinition table, Guid rowId, Access access)
    {
        var wanted = access.ToRights();
        return Principals(userId).Any(principal => (SharedRights(table.LogicalName, rowId, principal.Id) & wanted) == wanted);
    }

    /// <summary>
    /// The manager hierarchy (learn.microsoft.com/power-platform/admin/hierarchy-security): the direct manager
    /// reads, writes, appends and appends to what a report owns (or a team of the report owns, or is shared
    /// with the report); managers above, up to the hierarchy depth, only read. The manager must be in the
    /// report's business unit or its parent unit. The privilege itself is still needed (checked before).
    /// </summary>
    private bool HierarchyGrants(Guid managerId, Access access, TableDefinition table, Entity row)
    {
        if (access is not (Access.Read or Access.Write or Access.Append or Access.AppendTo) || !table.IsUserOwned)
        {
            return false;
        }

        var managerUnit = PrincipalOf("systemuser", managerId).BusinessUnitId;
        foreach (var report in ReportsReaching(table, row))
        {
            var level = LevelAbove(report, managerId);
            if (level == 0 || level > Options.HierarchyDepth || (level > 1 && access != Access.Read))
            {
                continue;
            }

            var reportUnit = PrincipalOf("systemuser", report).BusinessUnitId;
            var parentOfReportUnit = store.Find("businessunit", reportUnit)?.Data.GetAttributeValue<EntityReference>("parentbusinessunitid")?.Id;
            if (managerUnit == reportUnit || managerUnit == parentOfReportUnit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The users whose access to the row a manager can inherit: its owner (or the owning team's members), and users it is shared with.</summary>
    private IEnumerable<Guid> ReportsReaching(TableDefinition table, Entity row)
    {
        var owner = row.GetAttributeValue<EntityReference>("ownerid");
        if (owner?.LogicalName == "systemuser")
        {
            yield return owner.Id;
        }
        else if (owner?.LogicalName == "team")
        {
            foreach (var membership in store.Table("teammembership").RowsWhereEqual("teamid", owner.Id))
            {
                if (membership["systemuserid"] is Guid member)
                {
                    yield return member;
                }
            }
        }

        foreach (var share in shares.Where(share => share.RowId == row.Id && share.Table == table.LogicalName && share.Principal.LogicalName == "systemuser"))
        {
            yield return share.Principal.Id;
        }
    }

    /// <summary>1 when <paramref name="managerId"/> is the report's direct manager, 2 for the manager's manager…; 0 when not above.</summary>
    private int LevelAbove(Guid reportId, Guid managerId)
    {
        var seen = new HashSet<Guid>();
        var current = reportId;
        for (var level = 1; seen.Add(current); level++)
        {
            var manager = store.Find("systemuser", current)?.Data.GetAttributeValue<EntityReference>("parentsystemuserid")?.Id;
            if (manager == null)
            {
                return 0;
            }

            if (manager == managerId)
            {
                return level;
            }

            current = manager.Value;
        }

        return 0;
    }
}

/// <summary>A user or team with its business unit.</summary>
internal sealed record Principal(string Table, Guid Id, Guid BusinessUnitId);

/// <summary>A row shared with a principal.</summary>
public sealed record Share(string Table, Guid RowId, EntityReference Principal, AccessRights Rights);

internal enum AccessDecision
{
    Allowed,
    /// <summary>None of the user's roles holds the privilege.</summary>
    MissingPrivilege,
    /// <summary>The privilege is held, but at a depth that does not reach the row (and no share or hierarchy gives it).</summary>
    OutOfReach,
}
