using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Security;

/// <summary>
/// The privileges each message needs, checked after PreValidation (stage 10 runs before the platform's
/// security checks, learn.microsoft.com/power-apps/developer/data-platform/event-framework) and before
/// PreOperation: Create (Create on the row as it would be stored, Append on it and AppendTo on each row a
/// lookup points at), Retrieve (Read), Update (Write; Assign when ownerid changes; Append/AppendTo for
/// lookups), Delete, Assign, SetState and Win/Lose (Write), Associate/Disassociate (AppendTo on the target,
/// Append on each related row), GrantAccess/ModifyAccess/RevokeAccess (Share, and the rights granted).
/// A message the platform runs inside one already checked (Assign's Update, a cascade) is not checked again.
/// </summary>
internal static class RequestAuthorizer
{
    /// <summary>Lookups to these tables are not checked for AppendTo (the emulator does not model it for directory, currency and process-definition rows).</summary>
    private static readonly HashSet<string> UncheckedLookupTargets = new(StringComparer.Ordinal) { "systemuser", "team", "businessunit", "transactioncurrency", "workflow", "processstage" };

    public static void Authorize(MessageExecution exec)
    {
        var engine = exec.Engine;
        var security = engine.Security;
        var user = exec.Caller.UserId;
        if (!security.Enabled || exec.Caller.SecurityChecked || security.Bypasses(user))
        {
            return;
        }

        switch (exec.MessageName)
        {
            case "Create":
                AuthorizeCreate(exec);
                break;
            case "Update":
                AuthorizeUpdate(exec);
                break;
            case "Retrieve":
                Demand(exec, Access.Read, exec.PrimaryEntityName, exec.PrimaryEntityId);
                break;
            case "Delete":
                Demand(exec, Access.Delete, exec.PrimaryEntityName, exec.PrimaryEntityId);
                break;
            case "Assign":
                Demand(exec, Access.Assign, exec.PrimaryEntityName, exec.PrimaryEntityId);
                break;
            case "SetState" or "SendEmail":
                Demand(exec, Access.Write, exec.PrimaryEntityName, exec.PrimaryEntityId);
                break;
            case "Win" or "Lose":
                // WinOpportunity message privileges (learn.microsoft.com/previous-versions/dynamicscrm-2013/developers-guide/gg334650):
                // prvWriteOpportunity, prvAppendToOpportunity, prvCreateActivity, prvAppendActivity.
                Demand(exec, Access.Write, exec.PrimaryEntityName, exec.PrimaryEntityId);
                Demand(exec, Access.AppendTo, exec.PrimaryEntityName, exec.PrimaryEntityId);
                DemandPrivilege(exec, Access.Create, "opportunityclose");
                DemandPrivilege(exec, Access.Append, "opportunityclose");
                break;
            case "Associate" or "Disassociate":
                Demand(exec, Access.AppendTo, exec.PrimaryEntityName, exec.PrimaryEntityId);
                foreach (var related in exec.Optional<EntityReferenceCollection>("RelatedEntities") ?? new EntityReferenceCollection())
                {
                    Demand(exec, Access.Append, related.LogicalName, related.Id);
                }

                break;
            case "GrantAccess" or "ModifyAccess":
                Demand(exec, Access.Share, exec.PrimaryEntityName, exec.PrimaryEntityId);
                var granted = exec.Optional<PrincipalAccess>("PrincipalAccess")?.AccessMask ?? AccessRights.None;
                foreach (var access in AccessNames.All.Where(access => access != Access.Create && (granted & access.ToRights()) != 0))
                {
                    // Dataverse lets a user share only the rights they hold on the record.
                    Demand(exec, access, exec.PrimaryEntityName, exec.PrimaryEntityId);
                }

                break;
            case "RevokeAccess":
                Demand(exec, Access.Share, exec.PrimaryEntityName, exec.PrimaryEntityId);
                break;
        }
    }

    private static void AuthorizeCreate(MessageExecution exec)
    {
        var target = exec.TargetEntity!;
        var table = exec.Engine.Catalog.Table(target.LogicalName);
        var row = new Entity(table.LogicalName, exec.PrimaryEntityId);
        foreach (var pair in target.Attributes)
        {
            row[pair.Key] = pair.Value;
        }

        Demand(exec, Access.Create, table, row);
        DemandLookups(exec, table, row, target);
    }

    private static void AuthorizeUpdate(MessageExecution exec)
    {
        var target = exec.TargetEntity!;
        var table = exec.Engine.Catalog.Table(exec.PrimaryEntityName);
        var stored = exec.Engine.Store.Find(table.LogicalName, exec.PrimaryEntityId)!.Data;
        Demand(exec, Access.Write, table, stored);
        if (table.IsUserOwned && target.GetAttributeValue<EntityReference>("ownerid") is { } owner
            && stored.GetAttributeValue<EntityReference>("ownerid")?.Id != owner.Id)
        {
            Demand(exec, Access.Assign, table, stored);
        }

        DemandLookups(exec, table, stored, target);
    }

    /// <summary>Append on the row written, AppendTo on each row a lookup of the request points at.</summary>
    private static void DemandLookups(MessageExecution exec, TableDefinition table, Entity row, Entity target)
    {
        var appendChecked = false;
        foreach (var pair in target.Attributes)
        {
            if (exec.IsPlatformAdded(pair.Key) || pair.Value is not EntityReference reference || reference.Id == Guid.Empty)
            {
                continue;
            }

            var column = table.FindColumn(pair.Key);
            if (column == null || column.Kind == ColumnKind.Owner || column.IsPlatformManaged || !column.IsLookup
                || UncheckedLookupTargets.Contains(reference.LogicalName) || exec.Engine.Catalog.FindTable(reference.LogicalName) == null)
            {
                continue;
            }

            if (!appendChecked)
            {
                Demand(exec, Access.Append, table, row);
                appendChecked = true;
            }

            Demand(exec, Access.AppendTo, reference.LogicalName, reference.Id);
        }
    }

    /// <summary>The privilege at any depth (for a row the platform writes on the caller's behalf, e.g. Win's opportunityclose).</summary>
    private static void DemandPrivilege(MessageExecution exec, Access access, string tableName)
    {
        var table = exec.Engine.Catalog.Table(tableName);
        if (exec.Engine.Security.DeepestDepth(exec.Caller.UserId, access, table) == null)
        {
            throw Refusal(exec.Engine, exec.Caller.UserId, access, table, new Entity(table.LogicalName), AccessDecision.MissingPrivilege);
        }
    }

    private static void Demand(MessageExecution exec, Access access, string tableName, Guid id)
    {
        var table = exec.Engine.Catalog.Table(tableName);
        var row = exec.Engine.Store.Find(table.LogicalName, id);
        if (row != null)
        {
            Demand(exec, access, table, row.Data);
        }
    }

    public static void Demand(MessageExecution exec, Access access, TableDefinition table, Entity row)
    {
        var engine = exec.Engine;
        var user = exec.Caller.UserId;
        var decision = engine.Security.Decide(user, access, table, row);
        if (decision != AccessDecision.Allowed)
        {
            throw Refusal(engine, user, access, table, row, decision);
        }
    }

    public static Exception Refusal(OrgEngine engine, Guid user, Access access, TableDefinition table, Entity row, AccessDecision decision)
    {
        var security = engine.Security;
        var privilege = security.Spelling(SecurityModel.PrivilegeFor(access, table));
        if (decision == AccessDecision.MissingPrivilege)
        {
            var roleCount = security.Principals(user).Sum(principal => security.RolesOf(principal.Id).Count);
            return Faults.MissingPrivilege(user, engine.BusinessUnitOf(user), roleCount, privilege, table.ObjectTypeCode, table.LogicalName);
        }

        var held = security.DeepestDepth(user, access, table);
        return Faults.RecordAccessDenied(
            row.Id,
            row.GetAttributeValue<EntityReference>("ownerid"),
            user,
            table.ObjectTypeCode,
            security.BusinessUnitOfRow(table, row),
            access.ToRights().ToString(),
            privilege,
            held?.ToString() ?? "no");
    }

    /// <summary>
    /// What RetrieveMultiple may return of a table: null when every row (security off, SYSTEM, an administrator,
    /// an unsecured table); otherwise the readable rows. A table the user cannot read at all faults, as Dataverse does.
    /// </summary>
    public static Func<TableDefinition, Func<Entity, bool>?> ReadFilterFor(OrgEngine engine, Guid user)
    {
        var security = engine.Security;
        if (!security.Enabled || security.Bypasses(user))
        {
            return _ => null;
        }

        return table =>
        {
            if (!SecurityModel.IsSecured(table))
            {
                return null;
            }

            if (security.DeepestDepth(user, Access.Read, table) == null)
            {
                throw Refusal(engine, user, Access.Read, table, new Entity(table.LogicalName), AccessDecision.MissingPrivilege);
            }

            return row => security.Decide(user, Access.Read, table, row) == AccessDecision.Allowed;
        };
    }
}
