using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator;

/// <summary>
/// Faults as Dataverse raises them: <see cref="FaultException{OrganizationServiceFault}"/> with the
/// platform's error code and a message that names what is wrong (table, column, value, operator).
/// </summary>
public static partial class Faults
{
    public const int ObjectDoesNotExist = unchecked((int)0x80040217);
    public const int InvalidArgument = unchecked((int)0x80040203);
    public const int DuplicateRecord = unchecked((int)0x80040237);
    public const int QueryBuilderNoAttribute = unchecked((int)0x8004d2b6);
    public const int QueryBuilderInvalidConditionOperator = unchecked((int)0x80041103);
    public const int QueryBuilderNotSupported = unchecked((int)0x80041101);
    public const int AggregateQueryRecordLimitExceeded = unchecked((int)0x8004E023);
    public const int InvalidStateCodeStatusCode = unchecked((int)0x80040235);
    public const int UnrecognizedRequest = unchecked((int)0x80040208);
    public const int InfiniteLoop = unchecked((int)0x80044182);
    public const int ConcurrencyVersionMismatch = unchecked((int)0x80060882);
    public const int PluginExecution = unchecked((int)0x80040265);
    public const int InvalidOperation = unchecked((int)0x80040220);

    public static FaultException<OrganizationServiceFault> Create(int errorCode, string message) =>
        new(new OrganizationServiceFault { ErrorCode = errorCode, Message = message }, new FaultReason(message));

    public static FaultException<OrganizationServiceFault> NotFound(string table, Guid id) =>
        Create(ObjectDoesNotExist, $"{table} With Id = {id} Does Not Exist");

    public static FaultException<OrganizationServiceFault> UnsupportedQuery(string construct) =>
        Create(QueryBuilderNotSupported, $"The emulator does not support {construct} in a query; it refuses it rather than answer wrongly.");
}
