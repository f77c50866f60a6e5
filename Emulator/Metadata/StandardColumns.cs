using System.Collections.Generic;

namespace CrmIndependence.Emulator.Metadata;

/// <summary>The columns the platform adds to every table, and those every activity table shares.</summary>
internal static class StandardColumns
{
    /// <summary>Columns only the platform writes: a caller's value for them is ignored.</summary>
    public static readonly IReadOnlyCollection<string> PlatformManaged = new HashSet<string>
    {
        "createdon", "createdby", "createdonbehalfby", "modifiedon", "modifiedby", "modifiedonbehalfby",
        "versionnumber", "owningbusinessunit", "owninguser", "owningteam",
    };

    public static IEnumerable<ColumnDefinition> System(TableBuilder table)
    {
        yield return new ColumnDefinition(table.PrimaryIdAttributeValue, ColumnKind.UniqueIdentifier);
        yield return new ColumnDefinition("versionnumber", ColumnKind.BigInt) { IsPlatformManaged = true };
        if (table.IsIntersectValue)
        {
            yield break;
        }

        yield return Managed(ColumnDefinition.DateTime("createdon"));
        yield return Managed(ColumnDefinition.DateTime("modifiedon"));
        yield return ColumnDefinition.DateTime("overriddencreatedon", DateTimeBehavior.UserLocal);
        yield return Managed(ColumnDefinition.Lookup("createdby", "systemuser"));
        yield return Managed(ColumnDefinition.Lookup("modifiedby", "systemuser"));
        yield return Managed(ColumnDefinition.Lookup("createdonbehalfby", "systemuser"));
        yield return Managed(ColumnDefinition.Lookup("modifiedonbehalfby", "systemuser"));
        switch (table.OwnershipValue)
        {
            case TableOwnership.UserOrTeam:
                yield return new ColumnDefinition("ownerid", ColumnKind.Owner) { Targets = new[] { "systemuser", "team" }, OnTargetDeleted = DeleteBehavior.Restrict };
                yield return Managed(ColumnDefinition.Lookup("owningbusinessunit", "businessunit"));
                yield return Managed(ColumnDefinition.Lookup("owninguser", "systemuser"));
                yield return Managed(ColumnDefinition.Lookup("owningteam", "team"));
                break;
            case TableOwnership.BusinessUnit:
                yield return Managed(ColumnDefinition.Lookup("owningbusinessunit", "businessunit"));
                break;
        }
    }

    public static IEnumerable<ColumnDefinition> Activity()
    {
        yield return ColumnDefinition.Text("subject", 400);
        yield return ColumnDefinition.MultilineText("description", 100_000);
        yield return new ColumnDefinition("regardingobjectid", ColumnKind.Lookup)
        {
            TargetsActivityEnabledTables = true,
            OnTargetDeleted = DeleteBehavior.Cascade,
        };
        yield return ColumnDefinition.DateTime("scheduledstart");
        yield return ColumnDefinition.DateTime("scheduledend");
        yield return ColumnDefinition.DateTime("actualstart");
        yield return ColumnDefinition.DateTime("actualend");
        yield return ColumnDefinition.WholeNumber("actualdurationminutes", 0, 2_147_483_647);
        yield return ColumnDefinition.WholeNumber("scheduleddurationminutes", 0, 2_147_483_647);
        yield return ColumnDefinition.Text("activitytypecode", 64);
        yield return ColumnDefinition.Text("category", 250);
        yield return ColumnDefinition.Text("subcategory", 250);
        yield return ColumnDefinition.YesNo("isregularactivity", defaultValue: true);
        yield return ColumnDefinition.Choice(
            "prioritycode",
            new OptionDefinition(0, "Low"),
            new OptionDefinition(1, "Normal"),
            new OptionDefinition(2, "High")) with { DefaultValue = 1 };
    }

    private static ColumnDefinition Managed(ColumnDefinition column) => column with { IsPlatformManaged = true };
}
