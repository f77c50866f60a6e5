using System;
using System.Collections.Generic;

namespace CrmIndependence.Emulator.Security;

/// <summary>
/// The standard roles the suite's users also hold, on the tables the suite touches (cri_ tables are in none).
/// Depths of Salesperson and Sales Manager follow the default-privilege tables Microsoft published per
/// entity (Opportunity, Account, ActivityPointer entity privileges, Dynamics CRM 2013 developer guide,
/// learn.microsoft.com/previous-versions/dynamicscrm-2013/developers-guide/gg328513, gg327880, gg328384);
/// where a table did not give the value, the row of the closest documented privilege is used (see the
/// Security section of Emulator/README.md). System Administrator is not a list of privileges: it passes
/// every check, as in Dataverse. System Customizer "can only view records for environment tables that they
/// create" (learn.microsoft.com/power-platform/admin/security-roles-privileges): user depth on business
/// data, organization depth on environment variables.
/// </summary>
public static class StandardRoles
{
    public const string SystemAdministrator = "System Administrator";
    public const string SystemCustomizer = "System Customizer";
    public const string Salesperson = "Salesperson";
    public const string SalesManager = "Sales Manager";

    private static readonly string[] Directory = { "systemuser", "team", "businessunit", "transactioncurrency" };
    private static readonly string[] Configuration = { "environmentvariabledefinition", "environmentvariablevalue" };

    /// <summary>Process definitions and their stages: every user who runs a business process flow reads them.</summary>
    private static readonly string[] ProcessDefinitions = { "workflow", "processstage" };

    // Defined once per process; every caller gets copies with ids of their own.
    private static readonly SecurityRole[] Defined = { Administrator(), Customizer(), SalespersonRole(), SalesManagerRole() };

    /// <summary>The four roles, as copies of their own (each org can change its roles without touching another's).</summary>
    public static IReadOnlyList<SecurityRole> All() => Array.ConvertAll(Defined, role => role.Copy(Guid.NewGuid()));

    private static SecurityRole Administrator() => SecurityRole.Define(SystemAdministrator);

    private static SecurityRole Customizer()
    {
        var role = SecurityRole.Define(SystemCustomizer);
        foreach (var table in new[] { "account", "contact", "opportunity", "activitypointer" })
        {
            role.Grant(table, AccessDepth.Basic, Access.Create, Access.Read, Access.Write, Access.Delete, Access.Append, Access.AppendTo, Access.Assign, Access.Share);
        }

        foreach (var table in Configuration)
        {
            role.Grant(table, AccessDepth.Global, Access.Create, Access.Read, Access.Write, Access.Delete, Access.Append, Access.AppendTo, Access.Assign, Access.Share);
        }

        ReadDirectory(role);
        return role;
    }

    private static SecurityRole SalespersonRole()
    {
        var role = SecurityRole.Define(Salesperson);
        foreach (var table in new[] { "account", "contact", "opportunity" })
        {
            role.Grant(table, AccessDepth.Basic, Access.Create, Access.Delete, Access.Assign)
                .Grant(table, AccessDepth.Global, Access.Read, Access.Write, Access.Append, Access.AppendTo, Access.Share);
        }

        role.Grant("activitypointer", AccessDepth.Basic, Access.Create, Access.Write, Access.Delete, Access.Assign, Access.Share)
            .Grant("activitypointer", AccessDepth.Global, Access.Read, Access.Append, Access.AppendTo);
        ReadDirectory(role);
        ReadConfiguration(role);
        RunSalesProcess(role);
        return role;
    }

    private static SecurityRole SalesManagerRole()
    {
        var role = SecurityRole.Define(SalesManager);
        foreach (var table in new[] { "account", "contact", "opportunity" })
        {
            role.Grant(table, AccessDepth.Local, Access.Create, Access.Delete, Access.Assign)
                .Grant(table, AccessDepth.Global, Access.Read, Access.Write, Access.Append, Access.AppendTo, Access.Share);
        }

        role.Grant("activitypointer", AccessDepth.Local, Access.Create, Access.Write, Access.Delete, Access.Assign, Access.Share)
            .Grant("activitypointer", AccessDepth.Global, Access.Read, Access.Append, Access.AppendTo);
        ReadDirectory(role);
        ReadConfiguration(role);
        RunSalesProcess(role);
        return role;
    }

    private static void ReadDirectory(SecurityRole role)
    {
        foreach (var table in Directory)
        {
            role.Grant(Access.Read, table, AccessDepth.Global);
        }
    }

    /// <summary>
    /// The Opportunity Sales Process: a salesperson or sales manager starts, moves and finishes the flow of the
    /// deals they work (organization-owned instances: the privilege is enough), and reads the definitions.
    /// </summary>
    private static void RunSalesProcess(SecurityRole role)
    {
        role.Grant("opportunitysalesprocess", AccessDepth.Global, Access.Create, Access.Read, Access.Write, Access.Delete, Access.Append, Access.AppendTo);
        foreach (var table in ProcessDefinitions)
        {
            role.Grant(Access.Read, table, AccessDepth.Global);
        }
    }

    private static void ReadConfiguration(SecurityRole role)
    {
        foreach (var table in Configuration)
        {
            role.Grant(Access.Read, table, AccessDepth.Global);
        }
    }
}
