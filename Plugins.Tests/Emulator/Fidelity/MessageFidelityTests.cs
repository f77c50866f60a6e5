using System;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Plugins.Registration;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator.Fidelity;

/// <summary>Batch, upsert, query-conversion, email and rollup messages as Microsoft documents them.</summary>
[TestClass]
public sealed class MessageFidelityTests
{
    // Learn, "Execute multiple requests using the SDK for .NET", run-time limitations
    // (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests):
    // an ExecuteMultipleRequest found in the request collection generates a fault for that request item.
    [TestMethod]
    public void A_nested_ExecuteMultiple_is_a_fault_for_its_item_and_the_other_items_run()
    {
        var team = new SalesTeam();
        var inner = new ExecuteMultipleRequest { Settings = new ExecuteMultipleSettings(), Requests = new OrganizationRequestCollection() };
        var response = (ExecuteMultipleResponse)team.AsRep.Execute(new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
            Requests = new OrganizationRequestCollection
            {
                new CreateRequest { Target = new Entity("account") { ["name"] = "First" } },
                inner,
                new CreateRequest { Target = new Entity("account") { ["name"] = "Third" } },
            },
        });

        Assert.IsTrue(response.IsFaulted);
        var fault = response.Responses.Single(item => item.Fault != null);
        Assert.AreEqual(1, fault.RequestIndex);
        StringAssert.Contains(fault.Fault.Message, "cannot contain another batch");
        CollectionAssert.AreEquivalent(new[] { "First", "Third" }, team.Org.Rows("account").Select(row => (string)row["name"]).ToArray());
    }

    // Same page, "Handle a batch size fault": the fault's ErrorDetails carries "MaxBatchSize", which the
    // documented batch-resizing code reads to split the requests; nothing runs.
    [TestMethod]
    public void A_batch_over_the_size_limit_fails_before_any_request_with_MaxBatchSize_in_ErrorDetails()
    {
        var team = new SalesTeam();
        var requests = new OrganizationRequestCollection();
        for (var index = 0; index < 1001; index++)
        {
            requests.Add(new CreateRequest { Target = new Entity("account") { ["name"] = $"Account {index}" } });
        }

        var fault = SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Execute(new ExecuteMultipleRequest { Settings = new ExecuteMultipleSettings(), Requests = requests }));

        Assert.IsTrue(fault.ErrorDetails.Contains("MaxBatchSize"));
        Assert.AreEqual(1000, Convert.ToInt32(fault.ErrorDetails["MaxBatchSize"]));
        Assert.IsEmpty(team.Org.Rows("account"));
    }

    // Learn, "Use Upsert to Create or Update a record", "Understand the upsert process for standard tables"
    // (https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record): when the
    // record exists, the Target's columns that match KeyAttributes are removed before Update, so the key never changes.
    [TestMethod]
    public void Upsert_of_an_existing_row_drops_the_key_columns_from_the_Update()
    {
        var team = new SalesTeam();
        team.Org.Metadata.Add(TableBuilder.Define("cri_setting", primaryName: "cri_name").Text("cri_key", 50).WholeNumber("cri_value").AlternateKey("cri_key", "cri_key").Build());
        team.Org.Register(new StepRegistration(
            Guid.NewGuid(), "update observer", typeof(TargetRecorder), "Update", "cri_setting", PipelineStage.PreOperation, ExecutionMode.Synchronous, 1, new[] { "cri_key", "cri_value" }, null, Array.Empty<ImageRegistration>()));
        var id = ((UpsertResponse)team.AsRep.Execute(new UpsertRequest { Target = new Entity("cri_setting", "cri_key", "delay") { ["cri_value"] = 60 } })).Target.Id;

        team.AsRep.Execute(new UpsertRequest { Target = new Entity("cri_setting", "cri_key", "delay") { ["cri_key"] = "renamed", ["cri_value"] = 90 } });

        var row = team.Org.Read("cri_setting", id)!;
        Assert.AreEqual("delay", row["cri_key"], "the key used to find the row is not changed");
        Assert.AreEqual(90, row["cri_value"]);
        var update = team.Org.LastOperation!.StepsRan.Single(run => run.Message == "Update");
        Assert.IsFalse(update.Target!.Contains("cri_key"), "the Update steps never see the key column");
    }

    [TestMethod]
    public void Upsert_that_creates_keeps_the_Targets_own_key_value_even_when_it_differs()
    {
        var team = new SalesTeam();
        team.Org.Metadata.Add(TableBuilder.Define("cri_setting", primaryName: "cri_name").Text("cri_key", 50).AlternateKey("cri_key", "cri_key").Build());

        var created = (UpsertResponse)team.AsRep.Execute(new UpsertRequest { Target = new Entity("cri_setting", "cri_key", "delay") { ["cri_key"] = "other" } });

        Assert.IsTrue(created.RecordCreated);
        Assert.AreEqual("other", team.Org.Read("cri_setting", created.Target.Id)!["cri_key"], "Learn: the Target's value is used even if different");
    }

    // Learn, FetchXmlToQueryExpressionRequest (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.fetchxmltoqueryexpressionrequest).
    [TestMethod]
    public void FetchXmlToQueryExpression_returns_the_equivalent_query_with_typed_values()
    {
        var team = new SalesTeam();
        var contoso = team.Account("Contoso");
        team.Contact("Adams", contoso);
        team.Contact("Baker");

        var response = (FetchXmlToQueryExpressionResponse)team.AsRep.Execute(new FetchXmlToQueryExpressionRequest
        {
            FetchXml = "<fetch top='10' distinct='true'><entity name='contact'><attribute name='lastname' /><order attribute='lastname' descending='true' />"
                + "<filter type='and'><condition attribute='statecode' operator='eq' value='0' /><condition attribute='createdon' operator='last-x-days' value='3' /></filter>"
                + "<link-entity name='account' to='parentcustomerid' alias='a' link-type='outer'><attribute name='name' /></link-entity></entity></fetch>",
        });

        var query = response.Query;
        Assert.AreEqual("contact", query.EntityName);
        Assert.AreEqual(10, query.TopCount);
        Assert.IsTrue(query.Distinct);
        CollectionAssert.AreEqual(new[] { "lastname" }, query.ColumnSet.Columns.ToArray());
        Assert.AreEqual(OrderType.Descending, query.Orders.Single().OrderType);
        var state = query.Criteria.Conditions[0];
        Assert.AreEqual(ConditionOperator.Equal, state.Operator);
        Assert.AreEqual(0, state.Values.Single(), "a statecode value is a number, not text");
        Assert.AreEqual(3, query.Criteria.Conditions[1].Values.Single());
        var link = query.LinkEntities.Single();
        Assert.AreEqual(JoinOperator.LeftOuter, link.JoinOperator);
        Assert.AreEqual("parentcustomerid", link.LinkFromAttributeName);
        Assert.AreEqual("accountid", link.LinkToAttributeName, "the link's missing from resolved to the account's primary key");
        Assert.AreEqual("a", link.EntityAlias);

        var rows = team.AsRep.RetrieveMultiple(query).Entities;
        CollectionAssert.AreEqual(new[] { "Baker", "Adams" }, rows.Select(row => (string)row["lastname"]).ToArray(), "the converted query runs and answers as the FetchXml would");
    }

    [TestMethod]
    public void FetchXmlToQueryExpression_refuses_what_a_QueryExpression_cannot_say_and_bad_FetchXml()
    {
        var team = new SalesTeam();
        SalesTeam.Fault(Faults.QueryBuilderNotSupported, () => team.AsRep.Execute(new FetchXmlToQueryExpressionRequest
        {
            FetchXml = "<fetch aggregate='true'><entity name='account'><attribute name='name' alias='n' aggregate='count' /></entity></fetch>",
        }));
        SalesTeam.Fault(Faults.QueryBuilderNoAttribute, () => team.AsRep.Execute(new FetchXmlToQueryExpressionRequest
        {
            FetchXml = "<fetch><entity name='account'><filter><condition attribute='nickname' operator='eq' value='x' /></filter></entity></fetch>",
        }));
        SalesTeam.Fault(Faults.InvalidArgument, () => team.AsRep.Execute(new FetchXmlToQueryExpressionRequest { FetchXml = "<fetch><entity" }));
    }

    // Learn, SendEmailRequest.IssueSend (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.sendemailrequest.issuesend):
    // true sends the email, false only records it as sent. Nothing leaves the emulator: with IssueSend the email
    // waits as "Pending Send" (what Dataverse shows until the mailbox sends it); without, it is "Sent".
    [TestMethod]
    public void SendEmail_completes_an_open_email_as_Pending_Send_or_Sent_and_runs_Send_and_Update_steps()
    {
        var team = new SalesTeam();
        team.Org.Register(new StepRegistration(
            Guid.NewGuid(), "send observer", typeof(TargetRecorder), "Send", "email", PipelineStage.PostOperation, ExecutionMode.Synchronous, 1, Array.Empty<string>(), null, Array.Empty<ImageRegistration>()));
        var toSend = team.AsRep.Create(new Entity("email") { ["subject"] = "Proposal" });
        var sentElsewhere = team.AsRep.Create(new Entity("email") { ["subject"] = "Minutes" });

        var response = (SendEmailResponse)team.AsRep.Execute(new SendEmailRequest { EmailId = toSend, IssueSend = true, TrackingToken = "CRM:0001001" });
        team.AsRep.Execute(new SendEmailRequest { EmailId = sentElsewhere, IssueSend = false });

        Assert.AreEqual("Proposal CRM:0001001", response.Subject);
        var pending = team.Org.Read("email", toSend)!;
        Assert.AreEqual(1, pending.GetAttributeValue<OptionSetValue>("statecode").Value, "Completed");
        Assert.AreEqual(6, pending.GetAttributeValue<OptionSetValue>("statuscode").Value, "Pending Send");
        Assert.AreEqual(3, team.Org.Read("email", sentElsewhere)!.GetAttributeValue<OptionSetValue>("statuscode").Value, "Sent");
        var last = team.Org.LastOperation!;
        CollectionAssert.AreEqual(new[] { "Send", "Update" }, last.Messages.Select(message => message.MessageName).ToArray(), "the state change goes through the Update pipeline");
        Assert.AreEqual(sentElsewhere, last.StepsRan.Single(run => run.Message == "Send").Context.PrimaryEntityId);
    }

    [TestMethod]
    public void SendEmail_refuses_an_email_that_is_no_longer_open_and_one_that_does_not_exist()
    {
        var team = new SalesTeam();
        var email = team.AsRep.Create(new Entity("email") { ["subject"] = "Proposal" });
        team.AsRep.Execute(new SendEmailRequest { EmailId = email, IssueSend = false });

        var fault = SalesTeam.Fault(Faults.InvalidOperation, () => team.AsRep.Execute(new SendEmailRequest { EmailId = email, IssueSend = true }));
        StringAssert.Contains(fault.Message, "is Sent; only an open email (Draft or Failed) can be sent");
        Assert.AreEqual(3, team.Org.Read("email", email)!.GetAttributeValue<OptionSetValue>("statuscode").Value, "still Sent");
        SalesTeam.Fault(Faults.ObjectDoesNotExist, () => team.AsRep.Execute(new SendEmailRequest { EmailId = Guid.NewGuid(), IssueSend = true }));
    }

    [TestMethod]
    public void CalculateRollupField_is_a_clear_fault_as_the_emulator_models_no_rollup_columns()
    {
        var team = new SalesTeam();
        var account = team.Account();

        var fault = SalesTeam.Fault(Faults.InvalidOperation, () => team.AsRep.Execute(new CalculateRollupFieldRequest { Target = new EntityReference("account", account), FieldName = "name" }));

        StringAssert.Contains(fault.Message, "the emulator models no rollup columns");
        SalesTeam.Fault(Faults.QueryBuilderNoAttribute, () => team.AsRep.Execute(new CalculateRollupFieldRequest { Target = new EntityReference("account", account), FieldName = "nothing" }));
    }

    /// <summary>Does nothing: the emulator records the Target each step saw.</summary>
    public sealed class TargetRecorder : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
        }
    }
}
