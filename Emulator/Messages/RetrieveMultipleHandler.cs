using System.Text.RegularExpressions;
using CrmIndependence.Emulator.Pipeline;
using CrmIndependence.Emulator.Querying;
using CrmIndependence.Emulator.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// RetrieveMultiple: QueryExpression, QueryByAttribute and FetchXml through the one query engine, as the
/// caller: with security on, only the rows the caller may read (of every table of the query, joined ones
/// included) take part. The rows the store yielded to the query count on the calling plug-in's execution (RowsExamined).
/// </summary>
internal sealed class RetrieveMultipleHandler : MessageHandler
{
    private static readonly Regex FetchEntity = new("<entity[^>]*\\sname\\s*=\\s*[\"']([^\"']+)[\"']", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public override string MessageName => "RetrieveMultiple";

    public override void Prepare(MessageExecution exec)
    {
        var query = exec.Required<QueryBase>("Query");
        var table = EntityNameOf(query);
        if (table != null)
        {
            exec.PrimaryEntityName = TableOf(exec, table).LogicalName;
        }
    }

    public override void Execute(MessageExecution exec)
    {
        var query = exec.Required<QueryBase>("Query");
        if (AsksForAllColumns(query))
        {
            exec.Engine.RecordAllColumns(exec.PrimaryEntityName, exec.Caller);
        }

        var engine = exec.Engine;
        var source = new StoreQuerySource(engine.Store, exec.Caller.UserId, engine.BusinessUnitOf(exec.Caller.UserId), engine.Now)
        {
            ReadFilter = Security.RequestAuthorizer.ReadFilterFor(engine, exec.Caller.UserId),
        };
        try
        {
            exec.OutputParameters["BusinessEntityCollection"] = new QueryEngine(source).RetrieveMultiple(query);
        }
        finally
        {
            // A query that faults (e.g. past the aggregate limit) has still read what it read.
            exec.Caller.CallingStep?.CountRowsExamined(source.RowsExamined);
        }
    }

    public override OrganizationResponse Respond(MessageExecution exec)
    {
        var response = new RetrieveMultipleResponse();
        response.Results["EntityCollection"] = exec.OutputParameters["BusinessEntityCollection"];
        return response;
    }

    private static string? EntityNameOf(QueryBase query) => query switch
    {
        QueryExpression expression => expression.EntityName,
        QueryByAttribute byAttribute => byAttribute.EntityName,
        FetchExpression fetch when fetch.Query != null && FetchEntity.Match(fetch.Query) is { Success: true } match => match.Groups[1].Value,
        _ => null,
    };

    private static bool AsksForAllColumns(QueryBase query) => query switch
    {
        QueryExpression expression => expression.ColumnSet?.AllColumns == true,
        QueryByAttribute byAttribute => byAttribute.ColumnSet?.AllColumns == true,
        FetchExpression fetch => fetch.Query?.Contains("<all-attributes") == true,
        _ => false,
    };
}
