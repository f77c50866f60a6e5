using System;
using CrmIndependence.Emulator.Messages;
using CrmIndependence.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Security;

internal enum ShareKind
{
    Grant,
    Modify,
    Revoke,
}

/// <summary>
/// GrantAccess (adds rights to what the record is shared with the principal), ModifyAccess (replaces them)
/// and RevokeAccess (stops sharing), as learn.microsoft.com/power-apps/developer/data-platform/security-sharing-assigning
/// describes them: a user-owned record, shared with a systemuser or a team. A share is undone with the
/// transaction it was made in. Privileges: see <see cref="RequestAuthorizer"/>.
/// </summary>
internal sealed class ShareHandler : MessageHandler
{
    private readonly ShareKind kind;

    public ShareHandler(ShareKind kind)
    {
        this.kind = kind;
    }

    public override string MessageName => kind switch
    {
        ShareKind.Grant => "GrantAccess",
        ShareKind.Modify => "ModifyAccess",
        _ => "RevokeAccess",
    };

    public override void Prepare(MessageExecution exec)
    {
        var target = exec.Required<EntityReference>("Target");
        var table = TableOf(exec, target.LogicalName);
        if (!table.IsUserOwned)
        {
            throw Faults.Refused($"Rows of table '{table.LogicalName}' have no owner, so they cannot be shared; only user- or team-owned rows are shared.");
        }

        var principal = kind == ShareKind.Revoke ? exec.Required<EntityReference>("Revokee") : PrincipalOf(exec);
        if (principal.LogicalName is not ("systemuser" or "team"))
        {
            throw Faults.Refused($"A {table.LogicalName} can be shared with a systemuser or a team, not with a {principal.LogicalName}.");
        }

        RowOf(exec, TableOf(exec, principal.LogicalName), principal);
        var row = RowOf(exec, table, target);
        exec.PrimaryEntityName = table.LogicalName;
        exec.PrimaryEntityId = row.Id;
    }

    public override void Execute(MessageExecution exec)
    {
        var security = exec.Engine.Security;
        var principal = kind == ShareKind.Revoke ? exec.Required<EntityReference>("Revokee") : PrincipalOf(exec);
        var rights = kind switch
        {
            ShareKind.Grant => security.SharedRights(exec.PrimaryEntityName, exec.PrimaryEntityId, principal.Id) | exec.Required<PrincipalAccess>("PrincipalAccess").AccessMask,
            ShareKind.Modify => exec.Required<PrincipalAccess>("PrincipalAccess").AccessMask,
            _ => AccessRights.None,
        };
        var undo = security.SetShare(exec.PrimaryEntityName, exec.PrimaryEntityId, principal, rights & ~AccessRights.CreateAccess);
        exec.Engine.Store.Journal.Record(undo);
    }

    public override OrganizationResponse Respond(MessageExecution exec) => kind switch
    {
        ShareKind.Grant => WithResults(new GrantAccessResponse(), exec),
        ShareKind.Modify => WithResults(new ModifyAccessResponse(), exec),
        _ => WithResults(new RevokeAccessResponse(), exec),
    };

    private static EntityReference PrincipalOf(MessageExecution exec)
    {
        var access = exec.Required<PrincipalAccess>("PrincipalAccess");
        return access.Principal ?? throw Faults.Refused($"The PrincipalAccess of the {exec.RequestName} request names no Principal: set it to the systemuser or team to share with.");
    }
}

/// <summary>RetrievePrincipalAccess: the rights a user (roles, teams, shares, hierarchy) or a team (its roles and shares) holds on a record.</summary>
internal sealed class RetrievePrincipalAccessHandler : MessageHandler
{
    public override string MessageName => "RetrievePrincipalAccess";

    public override bool IsTransactional => false;

    public override void Prepare(MessageExecution exec)
    {
        var target = exec.Required<EntityReference>("Target");
        var principal = exec.Required<EntityReference>("Principal");
        if (principal.LogicalName is not ("systemuser" or "team"))
        {
            throw Faults.Refused($"RetrievePrincipalAccess takes a systemuser or a team as Principal, not a {principal.LogicalName}.");
        }

        RowOf(exec, TableOf(exec, principal.LogicalName), principal);
        var table = TableOf(exec, target.LogicalName);
        var row = RowOf(exec, table, target);
        exec.PrimaryEntityName = table.LogicalName;
        exec.PrimaryEntityId = row.Id;
    }

    public override void Execute(MessageExecution exec)
    {
        var security = exec.Engine.Security;
        var principal = exec.Required<EntityReference>("Principal");
        var table = TableOf(exec, exec.PrimaryEntityName);
        var row = exec.Engine.Store.Find(table.LogicalName, exec.PrimaryEntityId)!.Data;
        exec.OutputParameters["AccessRights"] = principal.LogicalName == "team"
            ? security.TeamRightsOn(principal.Id, table, row)
            : security.RightsOn(principal.Id, table, row);
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new RetrievePrincipalAccessResponse(), exec);
}
