using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Querying;

/// <summary>The faults the query engine raises, worded like the platform's where it is known.</summary>
internal static class QueryFaults
{
    public static FaultException<OrganizationServiceFault> UnknownColumn(string table, string column) =>
        Faults.Create(Faults.QueryBuilderNoAttribute,
            $"'{table}' entity doesn't contain attribute with Name = '{column}' and NameMapping = 'Logical'.");

    public static FaultException<OrganizationServiceFault> Unsupported(string construct) =>
        Faults.UnsupportedQuery(construct);

    public static FaultException<OrganizationServiceFault> UnsupportedOperator(string operatorText, string table, string column) =>
        Faults.UnsupportedQuery($"the condition operator '{operatorText}' (on {table}.{column})");

    public static FaultException<OrganizationServiceFault> InvalidOperator(string operatorText) =>
        Faults.Create(Faults.QueryBuilderInvalidConditionOperator, $"'{operatorText}' is not a valid condition operator.");

    public static FaultException<OrganizationServiceFault> OperatorNotValidForColumn(string operatorText, string table, string column, QueryColumnKind kind) =>
        Faults.Create(Faults.QueryBuilderInvalidConditionOperator,
            $"The condition operator '{operatorText}' is not valid for {table}.{column}, a column of type {kind}.");

    public static FaultException<OrganizationServiceFault> WrongValueCount(string table, string column, string operatorText, string expected, int received) =>
        Faults.Create(Faults.InvalidArgument,
            $"Condition for attribute '{table}.{column}': the operator '{operatorText}' expects {expected} but received {received}.");

    public static FaultException<OrganizationServiceFault> WrongValueType(string table, string column, string expectedType, object? value) =>
        Faults.Create(Faults.InvalidArgument,
            $"Condition for attribute '{table}.{column}': expected argument(s) of type '{expectedType}' but received '{(value is null ? "null" : value.GetType().FullName)}'.");

    public static FaultException<OrganizationServiceFault> InvalidText(string table, string column, string expectedType, string text) =>
        Faults.Create(Faults.InvalidArgument,
            $"Condition for attribute '{table}.{column}': '{text}' is not a valid value of type '{expectedType}'.");

    public static FaultException<OrganizationServiceFault> InvalidQuery(string message) =>
        Faults.Create(Faults.InvalidArgument, message);

    public static FaultException<OrganizationServiceFault> InvalidFetchXml(string message) =>
        Faults.Create(Faults.InvalidArgument, "Invalid FetchXml: " + message);

    public static FaultException<OrganizationServiceFault> AggregateLimitExceeded(int limit) =>
        Faults.Create(Faults.AggregateQueryRecordLimitExceeded,
            $"AggregateQueryRecordLimit exceeded. Cannot perform this operation. The query matches more than {limit:N0} rows.");

    public static FaultException<OrganizationServiceFault> UnknownAlias(string alias) =>
        Faults.Create(Faults.InvalidArgument, $"No link-entity has the alias or name '{alias}' in this query.");
}
