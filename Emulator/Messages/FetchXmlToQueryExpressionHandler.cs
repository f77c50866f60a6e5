using CrmIndependence.Emulator.Pipeline;
using CrmIndependence.Emulator.Querying.Parsing;
using CrmIndependence.Emulator.Storage;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// FetchXmlToQueryExpression: the QueryExpression equivalent of a FetchXml query, read against the org's
/// tables (values typed by their column, link columns resolved); nothing is queried
/// (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.fetchxmltoqueryexpressionrequest).
/// </summary>
internal sealed class FetchXmlToQueryExpressionHandler : MessageHandler
{
    public override string MessageName => "FetchXmlToQueryExpression";

    public override void Prepare(MessageExecution exec) => exec.Required<string>("FetchXml");

    public override void Execute(MessageExecution exec)
    {
        var engine = exec.Engine;
        var source = new StoreQuerySource(engine.Store, exec.Caller.UserId, engine.BusinessUnitOf(exec.Caller.UserId), engine.Now);
        exec.OutputParameters["Query"] = new QueryExpressionWriter(source).Write(FetchXmlParser.Parse(exec.Required<string>("FetchXml")));
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new FetchXmlToQueryExpressionResponse(), exec);
}
