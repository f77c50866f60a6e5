using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator;

/// <summary>Faults of security checks, worded as Dataverse words them.</summary>
public static partial class Faults
{
    /// <summary>PrivilegeDenied: none of the user's roles holds the privilege (0x80040220, HTTP 403).</summary>
    public const int PrivilegeDenied = unchecked((int)0x80040220);

    /// <summary>The hr of SecLib::AccessCheckEx when a privilege is held at a depth that does not reach the record.</summary>
    public const int AccessCheckFailed = unchecked((int)0x80048306);

    /// <summary>
    /// "Principal user (Id=…) is missing prvReadX privilege … on OTC=N for entity 'x'": the wording the
    /// platform returns with PrivilegeDenied (as seen in Dataverse error responses, e.g.
    /// learn.microsoft.com/troubleshoot/dynamics-365/field-service/mobile-app/newux-error-on-start-permission).
    /// </summary>
    public static FaultException<OrganizationServiceFault> MissingPrivilege(Guid userId, Guid businessUnitId, int roleCount, string privilege, int? objectTypeCode, string table) =>
        Create(
            PrivilegeDenied,
            $"Principal user (Id={userId}, type=8, roleCount={roleCount}, businessUnitId={businessUnitId}), is missing {privilege} privilege on OTC={objectTypeCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} for entity '{table}'. context.Caller={userId}. Consider adding missed privilege to one of the principal (user/team) roles.");

    /// <summary>
    /// "SecLib::AccessCheckEx failed": the user holds the privilege, but not at a depth that reaches the record,
    /// and it is not shared with them. The platform's text, followed by which privilege and depth would do.
    /// </summary>
    public static FaultException<OrganizationServiceFault> RecordAccessDenied(
        Guid rowId, EntityReference? owner, Guid userId, int? objectTypeCode, Guid rowBusinessUnitId, string accessRight, string privilege, string heldDepth) =>
        Create(
            AccessCheckFailed,
            $"SecLib::AccessCheckEx failed. Returned hr = {AccessCheckFailed}, ObjectID: {rowId}, OwnerId: {owner?.Id ?? Guid.Empty}, OwnerIdType: {(owner?.LogicalName == "team" ? 9 : 8)} and CallingUser: {userId}. ObjectTypeCode: {objectTypeCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}, objectBusinessUnitId: {rowBusinessUnitId}, AccessRights: {accessRight} "
            + $"(the user holds {privilege} at {heldDepth} depth, which does not reach this record; give a role with a deeper {privilege}, or share the record).");
}
