using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator;

/// <summary>Faults of writes, messages and the pipeline (the query engine's are in Faults.cs).</summary>
public static partial class Faults
{
    /// <summary>QueryBuilderNoEntity: the table is not in the metadata.</summary>
    public const int UnknownTableCode = unchecked((int)0x80041102);
    /// <summary>A choice, state or status value that is not one of the column's options.</summary>
    public const int PicklistValueOutOfRange = unchecked((int)0x8004431A);
    public const int ConcurrencyVersionNotProvided = unchecked((int)0x80060883);
    /// <summary>DuplicateRecordEntityKey: an alternate key's values are already taken.</summary>
    public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);
    /// <summary>"ISV code reduced the open transaction count": a plug-in swallowed a failed service call inside a transaction.</summary>
    public const int IsvAbortedTransaction = unchecked((int)0x8009000C);

    public static FaultException<OrganizationServiceFault> UnknownTable(string? table) =>
        Create(UnknownTableCode, $"The entity with a name = '{table}' with namemapping = 'Logical' was not found in the MetadataCache.");

    public static FaultException<OrganizationServiceFault> UnknownColumn(string table, string column) =>
        Create(QueryBuilderNoAttribute, $"'{table}' entity doesn't contain attribute with Name = '{column}' and NameMapping = 'Logical'.");

    public static FaultException<OrganizationServiceFault> IncorrectType(string table, string column, object value, string expected) =>
        Create(
            InvalidArgument,
            $"Incorrect attribute value type {value.GetType().FullName}: column '{column}' of table '{table}' got {Describe(value)}; it takes {expected}.");

    public static FaultException<OrganizationServiceFault> OptionOutOfRange(string table, string column, int value, IEnumerable<int> valid) =>
        Create(
            PicklistValueOutOfRange,
            $"{value} is not a valid option for column '{column}' of table '{table}'. Valid options: {string.Join(", ", valid)}.");

    public static FaultException<OrganizationServiceFault> ValueOutOfRange(string table, string column, object value, string rule) =>
        Create(InvalidArgument, $"A validation error occurred. The value {Describe(value)} of column '{column}' of table '{table}' is outside the valid range: {rule}.");

    public static FaultException<OrganizationServiceFault> LookupTargetMissing(string table, string column, string target, Guid id) =>
        Create(ObjectDoesNotExist, $"{target} With Id = {id} Does Not Exist (written to lookup '{column}' of table '{table}').");

    public static FaultException<OrganizationServiceFault> LookupWrongTable(string table, string column, string target, IEnumerable<string> valid) =>
        Create(
            InvalidArgument,
            $"Column '{column}' of table '{table}' cannot point at a '{target}' row; it takes {string.Join(" or ", valid.Select(name => "'" + name + "'"))}.");

    public static FaultException<OrganizationServiceFault> InvalidStateStatus(string table, int? state, int status) =>
        Create(
            InvalidStateCodeStatusCode,
            $"{status} is not a valid status code for state code {table}State.{state?.ToString(CultureInfo.InvariantCulture) ?? "?"} on {table}.");

    public static FaultException<OrganizationServiceFault> UseCloseMessage(string table, Guid id, int state) =>
        Create(
            InvalidArgument,
            $"The {table} {id} cannot be set to state {state} by Update or SetState: close it with WinOpportunityRequest (Won) or LoseOpportunityRequest (Lost).");

    public static FaultException<OrganizationServiceFault> UnknownMessage(string? requestName) =>
        Create(
            UnrecognizedRequest,
            $"Unrecognized request '{requestName}'. The emulator has no handler for this message: register one with org.Messages.Register(\"{requestName}\", ...), or register the custom API's plugin.");

    public static FaultException<OrganizationServiceFault> MissingParameter(string requestName, string parameter) =>
        Create(InvalidArgument, $"Required field '{parameter}' is missing from the {requestName} request.");

    public static FaultException<OrganizationServiceFault> InfiniteLoopDetected(int depth, string message, string? table) =>
        Create(
            InfiniteLoop,
            "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again. " +
            $"(The {message} of {table ?? "none"} would run at depth {depth}; the limit is 8.)");

    public static FaultException<OrganizationServiceFault> RowVersionMismatch(string table, Guid id, string? given, long current) =>
        Create(
            ConcurrencyVersionMismatch,
            $"The version of the existing record doesn't match the RowVersion property provided. ({table} {id}: given {given ?? "none"}, current {current.ToString(CultureInfo.InvariantCulture)})");

    public static FaultException<OrganizationServiceFault> RowVersionMissing(string table, Guid id) =>
        Create(ConcurrencyVersionNotProvided, $"The RowVersion property must be provided when the value of ConcurrencyBehavior is IfRowVersionMatches. ({table} {id})");

    public static FaultException<OrganizationServiceFault> DuplicateKey(string table, AlternateKeyText key) =>
        Create(
            DuplicateRecordEntityKey,
            $"A record that has the attribute values {key.Values} already exists. The entity key {key.Name} of table '{table}' requires that this set of attributes contains unique values. Select unique values and try again.");

    public static FaultException<OrganizationServiceFault> DuplicateId(string table, Guid id) =>
        Create(DuplicateRecord, $"Cannot insert duplicate key: a {table} with id {id} already exists.");

    public static FaultException<OrganizationServiceFault> Refused(string message) => Create(InvalidArgument, message);

    public static FaultException<OrganizationServiceFault> SwallowedFailure(string pluginName) =>
        Create(
            IsvAbortedTransaction,
            "ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from OrganizationService calls and continue processing. " +
            $"({pluginName} caught a failed service call inside the transaction and returned normally.)");

    public static FaultException<OrganizationServiceFault> FromPlugin(int errorCode, string message, string traceText) =>
        new(new OrganizationServiceFault { ErrorCode = errorCode, Message = message, TraceText = traceText, Timestamp = DateTime.UtcNow }, new FaultReason(message));

    public static FaultException<OrganizationServiceFault> TransactionFailed(int index, OrganizationServiceFault inner) =>
        new(
            new ExecuteTransactionFault
            {
                FaultedRequestIndex = index,
                ErrorCode = inner.ErrorCode,
                Message = inner.Message,
                TraceText = inner.TraceText,
                InnerFault = inner,
                Timestamp = DateTime.UtcNow,
            },
            new FaultReason(inner.Message));

    private static string Describe(object value) => value switch
    {
        string text => "\"" + text + "\"",
        EntityReference reference => $"{reference.LogicalName} {reference.Id}",
        OptionSetValue option => "OptionSetValue(" + option.Value.ToString(CultureInfo.InvariantCulture) + ")",
        Money money => "Money(" + money.Value.ToString(CultureInfo.InvariantCulture) + ")",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? value.GetType().Name,
    };
}

/// <summary>An alternate key and the values that collided, for the duplicate-key fault.</summary>
public readonly record struct AlternateKeyText(string Name, string Values);
