using System;
using System.Linq;
using CrmIndependence.Emulator.Recording;
using CrmIndependence.Plugins.Tests.Emulator.TestPlugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Emulator;

/// <summary>
/// Rows read per plug-in execution: RowsReturned (what the service handed back) and RowsExamined (what the
/// store yielded to answer: a scan yields the whole table, an index only the matches, a join the linked rows).
/// </summary>
[TestClass]
public sealed class RowsReadTests
{
    /// <summary>
    /// Two accounts and ten contacts: Alpha has Adams, Allen and Baker; Beta has Abbott, Carter, Diaz, Evans,
    /// Ford, Garcia and Hughes. Three last names begin with "A" (Adams, Allen, Abbott).
    /// </summary>
    private sealed class Contacts
    {
        public Contacts()
        {
            Alpha = Team.Account("Alpha");
            Beta = Team.Account("Beta");
            foreach (var name in new[] { "Adams", "Allen", "Baker" })
            {
                Team.Contact(name, Alpha);
            }

            foreach (var name in new[] { "Abbott", "Carter", "Diaz", "Evans", "Ford", "Garcia", "Hughes" })
            {
                Team.Contact(name, Beta);
            }
        }

        public SalesTeam Team { get; } = new();

        public Guid Alpha { get; }

        public Guid Beta { get; }

        /// <summary>Changes the description of an account as the rep: the test plug-ins run on it.</summary>
        public OperationRecord Touch(Guid account)
        {
            Team.AsRep.Update(new Entity("account", account) { ["description"] = "touched" });
            return Team.Org.LastOperation!;
        }
    }

    [TestMethod]
    public void A_retrieve_and_an_indexed_query_read_the_rows_they_return()
    {
        var data = new Contacts();
        data.Team.Org.Register<ReadsAccountAndItsContacts>();
        var operation = data.Touch(data.Alpha);
        var run = operation.RunsOf<ReadsAccountAndItsContacts>().Single();
        CollectionAssert.AreEqual(new[] { "Alpha has 3 contact(s)" }, run.Trace.ToArray());
        Assert.AreEqual(2, run.ServiceCalls);
        Assert.AreEqual(4, run.RowsReturned, "the account, then Alpha's 3 contacts");
        Assert.AreEqual(4, run.RowsExamined, "1 for the Retrieve by id, 3 from the parentcustomerid index: not the 10 contacts");
        Assert.AreEqual(4, operation.TotalRowsReturned);
        Assert.AreEqual(4, operation.TotalRowsExamined);

        // Ninety more contacts of Beta: the index still hands over only Alpha's three.
        for (var i = 0; i < 90; i++)
        {
            data.Team.Contact("Later " + i, data.Beta);
        }

        run = data.Touch(data.Alpha).RunsOf<ReadsAccountAndItsContacts>().Single();
        Assert.AreEqual(4, run.RowsReturned);
        Assert.AreEqual(4, run.RowsExamined);
    }

    [TestMethod]
    [DataRow(true, DisplayName = "account condition first")]
    [DataRow(false, DisplayName = "last name condition first")]
    public void Of_two_and_ed_equality_conditions_the_index_that_yields_fewer_rows_is_read(bool accountFirst)
    {
        // Beta has seven contacts and one of them is Ford: either index answers, the last name's hands over one row.
        var data = new Contacts();
        data.Team.Org.RegisterStep(
            provider =>
            {
                var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
                var byAccount = new ConditionExpression("parentcustomerid", ConditionOperator.Equal, data.Beta);
                var byName = new ConditionExpression("lastname", ConditionOperator.Equal, "Ford");
                query.Criteria.Conditions.Add(accountFirst ? byAccount : byName);
                query.Criteria.Conditions.Add(accountFirst ? byName : byAccount);
                var service = ((IOrganizationServiceFactory)provider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(null);
                Assert.AreEqual(1, service.RetrieveMultiple(query).Entities.Count);
            },
            "Update", "account", CrmIndependence.Plugins.Registration.PipelineStage.PostOperation, name: "reads Beta's Ford");

        var run = data.Touch(data.Beta).StepsRan.Single(step => step.StepName == "reads Beta's Ford");

        Assert.AreEqual(1, run.RowsReturned);
        Assert.AreEqual(1, run.RowsExamined, "Ford through the last-name index, not Beta's 7 contacts through the account's");
    }

    [TestMethod]
    public void A_condition_no_index_serves_examines_every_row_of_the_table()
    {
        var data = new Contacts();
        data.Team.Org.Register<ReadsContactsByPrefix>();
        var run = data.Touch(data.Alpha).RunsOf<ReadsContactsByPrefix>().Single();
        Assert.AreEqual(3, run.RowsReturned, "Adams, Allen, Abbott");
        Assert.AreEqual(10, run.RowsExamined, "begins-with scans the table");

        // Five more contacts, none beginning with A: the same answer costs five more rows.
        for (var i = 0; i < 5; i++)
        {
            data.Team.Contact("Young " + i, data.Beta);
        }

        var operation = data.Touch(data.Alpha);
        run = operation.RunsOf<ReadsContactsByPrefix>().Single();
        Assert.AreEqual(3, run.RowsReturned);
        Assert.AreEqual(15, run.RowsExamined);
        Assert.AreEqual(15, operation.TotalRowsExamined);
    }

    [TestMethod]
    public void A_join_counts_the_linked_rows_it_examines()
    {
        var data = new Contacts();
        data.Team.Contact("Orphan");
        data.Team.Org.Register<ReadsContactsJoinedToAccount>();
        var run = data.Touch(data.Alpha).RunsOf<ReadsContactsJoinedToAccount>().Single();
        CollectionAssert.AreEqual(new[] { "3 contact(s) joined" }, run.Trace.ToArray());
        Assert.AreEqual(3, run.RowsReturned, "Alpha's contacts");
        Assert.AreEqual(11 + 10, run.RowsExamined, "the 11 contacts scanned, then one account per contact with an account (the orphan probes no index)");
    }

    [TestMethod]
    public void An_aggregate_returns_its_groups_and_examines_the_rows_it_groups()
    {
        var data = new Contacts();
        data.Team.Org.Register<CountsContactsPerAccount>();
        var run = data.Touch(data.Alpha).RunsOf<CountsContactsPerAccount>().Single();
        CollectionAssert.AreEqual(new[] { "2 group(s)" }, run.Trace.ToArray());
        Assert.AreEqual(2, run.RowsReturned, "one row per account");
        Assert.AreEqual(10, run.RowsExamined);
    }

    [TestMethod]
    public void Reads_of_the_client_count_on_no_plugin_execution()
    {
        var data = new Contacts();
        data.Team.Org.Register<AccountReadObserver>();
        var accounts = data.Team.AsRep.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });
        Assert.HasCount(2, accounts.Entities);
        var operation = data.Team.Org.LastOperation!;
        var observer = operation.StepsRan.Single();
        Assert.AreEqual(0, observer.RowsReturned, "the observer ran on the client's query but read nothing itself");
        Assert.AreEqual(0, observer.RowsExamined);
        Assert.AreEqual(0, operation.TotalRowsReturned);
        Assert.AreEqual(0, operation.TotalRowsExamined);

        data.Team.AsRep.Execute(new ExecuteMultipleRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new RetrieveRequest { Target = new EntityReference("account", data.Alpha), ColumnSet = new ColumnSet("name") },
                new RetrieveMultipleRequest { Query = ContactQueries.LastNameBeginsWith("A") },
            },
            Settings = new ExecuteMultipleSettings { ReturnResponses = true },
        });
        operation = data.Team.Org.LastOperation!;
        Assert.AreEqual(0, operation.StepsRan.Single().RowsExamined, "the observer of the batch's Retrieve");
        Assert.AreEqual(0, operation.TotalRowsReturned);
        Assert.AreEqual(0, operation.TotalRowsExamined);
    }

    [TestMethod]
    public void Nested_plugins_each_count_their_own_reads()
    {
        var data = new Contacts();
        data.Team.Org.Register<UpdatesFirstContactOfAccount>();
        data.Team.Org.Register<RetrievesUpdatedContact>();
        var operation = data.Touch(data.Alpha);
        var outer = operation.RunsOf<UpdatesFirstContactOfAccount>().Single();
        var inner = operation.RunsOf<RetrievesUpdatedContact>().Single();
        Assert.AreEqual(2, inner.Depth);
        Assert.AreEqual((2, 3, 3), (outer.ServiceCalls, outer.RowsReturned, outer.RowsExamined), "Alpha's contacts; its Update returns no rows");
        Assert.AreEqual((1, 1, 1), (inner.ServiceCalls, inner.RowsReturned, inner.RowsExamined), "the contact it retrieves");
        Assert.AreEqual(4, operation.TotalRowsReturned);
        Assert.AreEqual(4, operation.TotalRowsExamined);

        // A plug-in on Retrieve, run by another plug-in's Retrieve, reads nothing: the rows are its caller's.
        var reads = new Contacts();
        reads.Team.Org.Register<ReadsAccountAndItsContacts>();
        reads.Team.Org.Register<AccountReadObserver>();
        operation = reads.Touch(reads.Alpha);
        var observer = operation.RunsOf<AccountReadObserver>().Single();
        Assert.AreEqual((0, 0), (observer.RowsReturned, observer.RowsExamined));
        var reader = operation.RunsOf<ReadsAccountAndItsContacts>().Single();
        Assert.AreEqual((4, 4), (reader.RowsReturned, reader.RowsExamined));
    }

    [TestMethod]
    public void Empty_results_and_a_missing_row_return_nothing()
    {
        var data = new Contacts();
        data.Team.Org.Register<ReadsNothing>();
        var operation = data.Touch(data.Alpha);
        Assert.IsTrue(operation.Succeeded);
        var run = operation.RunsOf<ReadsNothing>().Single();
        Assert.HasCount(1, run.Trace);
        StringAssert.StartsWith(run.Trace[0], "0 + 0 row(s); missing contact:");
        Assert.AreEqual(3, run.ServiceCalls);
        Assert.AreEqual(0, run.RowsReturned);
        Assert.AreEqual(10, run.RowsExamined, "the unknown account's index entry is empty (0), the prefix scan reads all 10, the missing contact none");
    }

    [TestMethod]
    public void Reads_inside_batches_count_on_the_plugin_that_sent_them()
    {
        var data = new Contacts();
        data.Team.Org.Register<ReadsInBatches>();
        var operation = data.Touch(data.Alpha);
        var run = operation.RunsOf<ReadsInBatches>().Single();
        Assert.AreEqual(3, run.ServiceCalls, "two ExecuteMultiple and one ExecuteTransaction");
        Assert.AreEqual(4 + 0 + 4, run.RowsReturned, "the account and 3 contacts per batch, except the ExecuteMultiple that returns no responses");
        Assert.AreEqual(4 + 4 + 4, run.RowsExamined, "every batch read its rows, responses or not");
        Assert.AreEqual(8, operation.TotalRowsReturned);
        Assert.AreEqual(12, operation.TotalRowsExamined);
    }
}
