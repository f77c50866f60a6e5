using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Pipeline;
using CrmIndependence.Emulator.Writing;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Identity;

/// <summary>
/// The org's users, arranged as data (no plug-in runs): <c>org.Users.Add("Riley Rep", reportsTo: manager)</c>.
/// The manager chain is <c>systemuser.parentsystemuserid</c>, which the hierarchy query operators follow.
/// </summary>
public sealed class UserDirectory : IEnumerable<User>
{
    private readonly OrgEngine engine;
    private readonly Func<BusinessUnit> root;
    private readonly List<User> users = new();

    internal UserDirectory(OrgEngine engine, Func<BusinessUnit> root)
    {
        this.engine = engine;
        this.root = root;
    }

    public User this[string fullName] =>
        users.FirstOrDefault(user => string.Equals(user.FullName, fullName, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The org has no user named '{fullName}'.");

    /// <summary>Adds an enabled user in the given business unit (the root one by default), reporting to <paramref name="reportsTo"/>.</summary>
    public User Add(string fullName, User? reportsTo = null, BusinessUnit? businessUnit = null, string? email = null)
    {
        var id = engine.NewId();
        var parts = fullName.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var row = new Entity("systemuser", id)
        {
            ["firstname"] = parts.Length > 1 ? parts[0] : null,
            ["lastname"] = parts.Length > 1 ? parts[1] : fullName.Trim(),
            ["fullname"] = fullName.Trim(),
            ["businessunitid"] = (businessUnit ?? root()).ToEntityReference(),
            ["internalemailaddress"] = email ?? fullName.Trim().ToLowerInvariant().Replace(' ', '.') + "@crmindependence.test",
            ["domainname"] = email ?? fullName.Trim().ToLowerInvariant().Replace(' ', '.') + "@crmindependence.test",
            ["azureactivedirectoryobjectid"] = Guid.NewGuid(),
        };
        if (reportsTo != null)
        {
            row["parentsystemuserid"] = reportsTo.ToEntityReference();
        }

        Seeder.Insert(engine, row);
        var user = new User(id, fullName.Trim());
        users.Add(user);
        return user;
    }

    /// <summary>Changes (or clears) a user's manager.</summary>
    public void SetManager(User user, User? manager) =>
        Seeder.Change(engine, new Entity("systemuser", user.Id) { ["parentsystemuserid"] = manager?.ToEntityReference() });

    /// <summary>Disables a user (records cannot be assigned to them any more).</summary>
    public void Disable(User user) => Seeder.Change(engine, new Entity("systemuser", user.Id) { ["isdisabled"] = true });

    /// <summary>The user's manager, or null.</summary>
    public User? ManagerOf(User user)
    {
        var parent = engine.Store.Find("systemuser", user.Id)?["parentsystemuserid"] as EntityReference;
        return parent == null ? null : users.FirstOrDefault(candidate => candidate.Id == parent.Id);
    }

    internal void AddExisting(User user) => users.Add(user);

    public IEnumerator<User> GetEnumerator() => users.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The org's teams (owner teams by default), with their members.</summary>
public sealed class TeamDirectory : IEnumerable<Team>
{
    private readonly OrgEngine engine;
    private readonly Func<BusinessUnit> root;
    private readonly List<Team> teams = new();

    internal TeamDirectory(OrgEngine engine, Func<BusinessUnit> root)
    {
        this.engine = engine;
        this.root = root;
    }

    public Team this[string name] =>
        teams.FirstOrDefault(team => string.Equals(team.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The org has no team named '{name}'.");

    public Team Add(string name, params User[] members) => Add(name, null, members);

    public Team Add(string name, BusinessUnit? businessUnit, params User[] members)
    {
        var id = engine.NewId();
        Seeder.Insert(engine, new Entity("team", id) { ["name"] = name, ["businessunitid"] = (businessUnit ?? root()).ToEntityReference() });
        var team = new Team(id, name);
        teams.Add(team);
        foreach (var member in members)
        {
            AddMember(team, member);
        }

        return team;
    }

    public void AddMember(Team team, User user)
    {
        lock (engine.Sync)
        {
            engine.Store.Insert(engine.Catalog.Table("teammembership"), engine.NewId(), new Dictionary<string, object?>
            {
                ["teamid"] = team.Id,
                ["systemuserid"] = user.Id,
            });
        }
    }

    /// <summary>The ids of the team's members.</summary>
    public IReadOnlyList<Guid> MembersOf(Team team) =>
        engine.Store.Table("teammembership").RowsWhereEqual("teamid", team.Id).Select(row => (Guid)row["systemuserid"]!).ToList();

    public IEnumerator<Team> GetEnumerator() => teams.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The org's business units: a root one named after the org, and any added under it.</summary>
public sealed class BusinessUnitDirectory : IEnumerable<BusinessUnit>
{
    private readonly OrgEngine engine;
    private readonly List<BusinessUnit> units = new();

    internal BusinessUnitDirectory(OrgEngine engine, BusinessUnit root)
    {
        this.engine = engine;
        Root = root;
        units.Add(root);
    }

    public BusinessUnit Root { get; }

    public BusinessUnit this[string name] =>
        units.FirstOrDefault(unit => string.Equals(unit.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The org has no business unit named '{name}'.");

    public BusinessUnit Add(string name, BusinessUnit? parent = null)
    {
        var id = engine.NewId();
        Seeder.Insert(engine, new Entity("businessunit", id) { ["name"] = name, ["parentbusinessunitid"] = (parent ?? Root).ToEntityReference() });
        var unit = new BusinessUnit(id, name);
        units.Add(unit);
        return unit;
    }

    public IEnumerator<BusinessUnit> GetEnumerator() => units.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Writes arranged data straight to the store (validated, no pipeline, no transaction).</summary>
internal static class Seeder
{
    public static Guid Insert(OrgEngine engine, Entity entity, Guid? createdBy = null)
    {
        lock (engine.Sync)
        {
            var table = engine.Catalog.Table(entity.LogicalName);
            var id = entity.Id != Guid.Empty ? entity.Id : engine.NewId();
            engine.Writer.Create(table, entity, id, new WriteContext(createdBy ?? engine.SystemUserId, null, engine.Now, Seeding: true));
            return id;
        }
    }

    public static void Change(OrgEngine engine, Entity entity, Guid? modifiedBy = null)
    {
        lock (engine.Sync)
        {
            var table = engine.Catalog.Table(entity.LogicalName);
            var row = engine.Store.Find(table.LogicalName, entity.Id) ?? throw Faults.NotFound(table.LogicalName, entity.Id);
            engine.Writer.Update(table, row, entity, new WriteContext(modifiedBy ?? engine.SystemUserId, null, engine.Now, Seeding: true));
        }
    }
}
