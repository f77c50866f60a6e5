using System;
using System.ServiceModel;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.TestPlugins;

/// <summary>Queries the tests of rows read share: contacts of an account, by name prefix, joined to their account.</summary>
internal static class ContactQueries
{
    public static QueryExpression OfAccount(Guid accountId)
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        query.Criteria.AddCondition("parentcustomerid", ConditionOperator.Equal, accountId);
        return query;
    }

    public static QueryExpression LastNameBeginsWith(string prefix)
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        query.Criteria.AddCondition("lastname", ConditionOperator.BeginsWith, prefix);
        return query;
    }
}

/// <summary>When an account's description changes: Retrieve the account, then RetrieveMultiple its contacts (an equality on parentcustomerid).</summary>
[Step("Update", "account", PipelineStage.PostOperation, FilteringAttributes = "description")]
public sealed class ReadsAccountAndItsContacts : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        var service = factory.CreateOrganizationService(context.UserId);
        var account = service.Retrieve("account", context.PrimaryEntityId, new ColumnSet("name"));
        var contacts = service.RetrieveMultiple(ContactQueries.OfAccount(context.PrimaryEntityId));
        tracing.Trace("{0} has {1} contact(s)", account.GetAttributeValue<string>("name"), contacts.Entities.Count);
    }
}

/// <summary>When an account's description changes: contacts whose last name begins with "A" (no index serves begins-with).</summary>
[Step("Update", "account", PipelineStage.PostOperation, FilteringAttributes = "description")]
public sealed class ReadsContactsByPrefix : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        var contacts = factory.CreateOrganizationService(context.UserId).RetrieveMultiple(ContactQueries.LastNameBeginsWith("A"));
        tracing.Trace("{0} contact(s) begin with A", contacts.Entities.Count);
    }
}

/// <summary>When an account's description changes: every contact joined (inner) to its account, where the account is named "Alpha".</summary>
[Step("Update", "account", PipelineStage.PostOperation, FilteringAttributes = "description")]
public sealed class ReadsContactsJoinedToAccount : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        var account = query.AddLink("account", "parentcustomerid", "accountid");
        account.LinkCriteria.AddCondition("name", ConditionOperator.Equal, "Alpha");
        var contacts = factory.CreateOrganizationService(context.UserId).RetrieveMultiple(query);
        tracing.Trace("{0} contact(s) joined", contacts.Entities.Count);
    }
}

/// <summary>When an account's description changes: the number of contacts per account, as an aggregate FetchXml.</summary>
[Step("Update", "account", PipelineStage.PostOperation, FilteringAttributes = "description")]
public sealed class CountsContactsPerAccount : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        const string fetch = """
            <fetch aggregate="true">
              <entity name="contact">
                <attribute name="contactid" alias="contacts" aggregate="count" />
                <attribute name="parentcustomerid" alias="account" groupby="true" />
              </entity>
            </fetch>
            """;
        var groups = factory.CreateOrganizationService(context.UserId).RetrieveMultiple(new FetchExpression(fetch));
        tracing.Trace("{0} group(s)", groups.Entities.Count);
    }
}

/// <summary>
/// When an account's description changes: updates the job title of the account's first contact (which runs
/// <see cref="RetrievesUpdatedContact"/> one level deeper).
/// </summary>
[Step("Update", "account", PipelineStage.PostOperation, FilteringAttributes = "description")]
public sealed class UpdatesFirstContactOfAccount : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        var service = factory.CreateOrganizationService(context.UserId);
        var contacts = service.RetrieveMultiple(ContactQueries.OfAccount(context.PrimaryEntityId));
        service.Update(new Entity("contact", contacts.Entities[0].Id) { ["jobtitle"] = "Buyer" });
    }
}

/// <summary>When a contact's job title changes: Retrieve the contact.</summary>
[Step("Update", "contact", PipelineStage.PostOperation, FilteringAttributes = "jobtitle")]
public sealed class RetrievesUpdatedContact : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
        factory.CreateOrganizationService(context.UserId).Retrieve("contact", context.PrimaryEntityId, new ColumnSet("lastname"));
}

/// <summary>
/// Before an account's description changes (PreValidation, outside the transaction, so a failed call may be
/// caught): a query no row matches by equality, one no row matches by prefix, and a Retrieve of a missing contact.
/// </summary>
[Step("Update", "account", PipelineStage.PreValidation, FilteringAttributes = "description")]
public sealed class ReadsNothing : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        var service = factory.CreateOrganizationService(context.UserId);
        var byAccount = service.RetrieveMultiple(ContactQueries.OfAccount(Guid.NewGuid()));
        var byPrefix = service.RetrieveMultiple(ContactQueries.LastNameBeginsWith("Z"));
        try
        {
            service.Retrieve("contact", Guid.NewGuid(), new ColumnSet("lastname"));
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            tracing.Trace("{0} + {1} row(s); missing contact: {2}", byAccount.Entities.Count, byPrefix.Entities.Count, fault.Message);
        }
    }
}

/// <summary>
/// When an account's description changes: the account and its contacts read in batches — ExecuteMultiple
/// with responses, ExecuteMultiple without, ExecuteTransaction with responses.
/// </summary>
[Step("Update", "account", PipelineStage.PostOperation, FilteringAttributes = "description")]
public sealed class ReadsInBatches : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        var service = factory.CreateOrganizationService(context.UserId);
        foreach (var returnResponses in new[] { true, false })
        {
            service.Execute(new ExecuteMultipleRequest
            {
                Requests = Reads(context.PrimaryEntityId),
                Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = returnResponses },
            });
        }

        service.Execute(new ExecuteTransactionRequest { Requests = Reads(context.PrimaryEntityId), ReturnResponses = true });
    }

    private static OrganizationRequestCollection Reads(Guid accountId) => new()
    {
        new RetrieveRequest { Target = new EntityReference("account", accountId), ColumnSet = new ColumnSet("name") },
        new RetrieveMultipleRequest { Query = ContactQueries.OfAccount(accountId) },
    };
}
