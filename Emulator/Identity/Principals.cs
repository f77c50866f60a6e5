using System;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Identity;

/// <summary>A user of the org (a systemuser row). Converts to the EntityReference a lookup or owner takes.</summary>
public sealed record User(Guid Id, string FullName)
{
    public EntityReference ToEntityReference() => new("systemuser", Id) { Name = FullName };

    public static implicit operator EntityReference(User user) => user.ToEntityReference();

    public override string ToString() => FullName;
}

/// <summary>A team of the org (a team row).</summary>
public sealed record Team(Guid Id, string Name)
{
    public EntityReference ToEntityReference() => new("team", Id) { Name = Name };

    public static implicit operator EntityReference(Team team) => team.ToEntityReference();

    public override string ToString() => Name;
}

/// <summary>A business unit of the org.</summary>
public sealed record BusinessUnit(Guid Id, string Name)
{
    public EntityReference ToEntityReference() => new("businessunit", Id) { Name = Name };

    public static implicit operator EntityReference(BusinessUnit unit) => unit.ToEntityReference();

    public override string ToString() => Name;
}
