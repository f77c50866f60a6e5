using System;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Plugins.Registration;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Plugins.Tests.Emulator.Fidelity;

/// <summary>
/// Learn, "Behavior of specialized update operations" (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior):
/// an Update with state/status and other columns runs the PreOperation and PostOperation Update steps once for the
/// other columns, then once for state and status; on a business-owned table the owner fields split off the same way.
/// </summary>
[TestClass]
public sealed class SplitUpdateTests
{
    [TestMethod]
    public void Update_with_state_and_other_columns_runs_stages_20_and_40_once_per_part_and_saves_both()
    {
        var team = new SalesTeam();
        team.Org.Register<AccountUpdateStages>();
        var account = team.Account("Contoso");

        team.AsRep.Update(new Entity("account", account) { ["name"] = "Contoso Ltd", ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        var runs = team.Org.LastOperation!.StepsRan;
        CollectionAssert.AreEqual(new[] { 10, 20, 40, 20, 40 }, runs.Select(run => run.Stage).ToArray(), "PreValidation once, then each part");
        Assert.IsTrue(runs[0].Target!.Contains("name") && runs[0].Target!.Contains("statecode"), "PreValidation sees the whole Target");
        Assert.IsTrue(runs[1].Target!.Contains("name"));
        Assert.IsFalse(runs[1].Target!.Contains("statecode"), "the first part holds the other columns");
        Assert.IsTrue(runs[3].Target!.Contains("statecode") && runs[3].Target!.Contains("statuscode"));
        Assert.IsFalse(runs[3].Target!.Contains("name"), "the second part holds state and status");
        Assert.AreEqual("Contoso Ltd", runs[3].Context.PreEntityImages["PreImage"]["name"], "the second part's pre-image shows the first part saved");
        var row = team.Org.Read("account", account)!;
        Assert.AreEqual("Contoso Ltd", row["name"]);
        Assert.AreEqual(1, row.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [TestMethod]
    public void An_Update_with_only_other_columns_or_only_state_runs_once()
    {
        var team = new SalesTeam();
        team.Org.Register<AccountUpdateStages>();
        var account = team.Account("Contoso");

        team.AsRep.Update(new Entity("account", account) { ["name"] = "Contoso Ltd" });
        CollectionAssert.AreEqual(new[] { 10, 20, 40 }, team.Org.LastOperation!.StepsRan.Select(run => run.Stage).ToArray());

        team.AsRep.Update(new Entity("account", account) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
        CollectionAssert.AreEqual(new[] { 10, 20, 40 }, team.Org.LastOperation!.StepsRan.Select(run => run.Stage).ToArray());
    }

    [TestMethod]
    public void Filtering_attributes_pick_the_part_a_step_runs_in()
    {
        var team = new SalesTeam();
        team.Org.Register<OnNameOnly>();
        team.Org.Register<OnStateOnly>();
        var account = team.Account("Contoso");

        team.AsRep.Update(new Entity("account", account) { ["name"] = "Contoso Ltd", ["statecode"] = new OptionSetValue(1) });

        var runs = team.Org.LastOperation!.StepsRan;
        CollectionAssert.AreEqual(new[] { typeof(OnNameOnly), typeof(OnStateOnly) }, runs.Select(run => run.PluginType).ToArray(), "each once, in its own part");
        Assert.AreEqual(2, team.Org.Read("account", account)!.GetAttributeValue<OptionSetValue>("statuscode").Value, "the default status of Inactive");
    }

    // Learn, same page: "register the plug-in in the PreOperation and then store relevant information in
    // SharedVariables" — both parts share one operation, so the second part reads what the first left.
    [TestMethod]
    public void Both_parts_share_the_operations_shared_variables()
    {
        var team = new SalesTeam();
        team.Org.Register<RemembersTheName>();
        var account = team.Account("Contoso");

        team.AsRep.Update(new Entity("account", account) { ["name"] = "Contoso Ltd", ["statecode"] = new OptionSetValue(1) });

        Assert.Contains("state part sees the name change: Contoso Ltd", team.Org.LastOperation!.StepsRan.Last().Trace);
    }

    [TestMethod]
    public void A_failure_in_the_second_part_undoes_the_first()
    {
        var team = new SalesTeam();
        team.Org.Register<RefusesDeactivation>();
        var account = team.Account("Contoso");

        SalesTeam.Fault(Faults.PluginExecution, () => team.AsRep.Update(new Entity("account", account) { ["name"] = "Contoso Ltd", ["statecode"] = new OptionSetValue(1) }));

        var row = team.Org.Read("account", account)!;
        Assert.AreEqual("Contoso", row["name"], "one transaction for both parts");
        Assert.AreEqual(0, row.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [TestMethod]
    public void The_row_version_the_caller_read_is_checked_once_for_the_whole_Update()
    {
        var team = new SalesTeam();
        var account = team.Account("Contoso");
        var version = team.AsRep.Retrieve("account", account, new Microsoft.Xrm.Sdk.Query.ColumnSet("name")).RowVersion;

        team.AsRep.Execute(new UpdateRequest
        {
            Target = new Entity("account", account) { ["name"] = "Contoso Ltd", ["statecode"] = new OptionSetValue(1), RowVersion = version },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        });

        Assert.AreEqual(1, team.Org.Read("account", account)!.GetAttributeValue<OptionSetValue>("statecode").Value);
        SalesTeam.Fault(Faults.ConcurrencyVersionMismatch, () => team.AsRep.Execute(new UpdateRequest
        {
            Target = new Entity("account", account) { ["name"] = "Again", ["statecode"] = new OptionSetValue(0), RowVersion = version },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));
    }

    [TestMethod]
    public void A_users_manager_and_other_columns_split_too_and_asynchronous_steps_queue_per_part()
    {
        var team = new SalesTeam();
        team.Org.Register<UserUpdates>();

        team.AsManager.Update(new Entity("systemuser", team.Rep.Id) { ["title"] = "Account executive", ["parentsystemuserid"] = team.Director.ToEntityReference() });

        var runs = team.Org.LastOperation!.StepsRan;
        var synchronous = runs.Where(run => !run.IsAsynchronous).ToList();
        Assert.HasCount(2, synchronous);
        Assert.IsTrue(synchronous[0].Target!.Contains("title") && !synchronous[0].Target!.Contains("parentsystemuserid"));
        Assert.IsTrue(synchronous[1].Target!.Contains("parentsystemuserid") && !synchronous[1].Target!.Contains("title"));
        Assert.HasCount(2, runs.Where(run => run.IsAsynchronous).ToList(), "the asynchronous step runs for each part too");
        Assert.AreEqual(team.Director.Id, team.Org.Read("systemuser", team.Rep.Id)!.GetAttributeValue<EntityReference>("parentsystemuserid").Id);

        team.AsManager.Update(new Entity("systemuser", team.Rep.Id) { ["title"] = "Senior account executive" });
        Assert.HasCount(1, team.Org.LastOperation!.StepsRan.Where(run => !run.IsAsynchronous).ToList(), "no owner field, no split");
    }

    [TestMethod]
    public void The_owner_of_a_user_owned_table_does_not_split_an_Update()
    {
        var team = new SalesTeam();
        team.Org.Register<AccountUpdateStages>();
        var account = team.Account("Contoso");

        team.AsRep.Update(new Entity("account", account) { ["name"] = "Contoso Ltd", ["ownerid"] = team.Peer.ToEntityReference() });

        CollectionAssert.AreEqual(new[] { 10, 20, 40 }, team.Org.LastOperation!.StepsRan.Select(run => run.Stage).ToArray(), "Learn names owner fields of business-owned tables only");
    }

    [Step("Update", "account", PipelineStage.PreValidation, FilteringAttributes = "name,statecode,statuscode,ownerid")]
    [Step("Update", "account", PipelineStage.PreOperation, FilteringAttributes = "name,statecode,statuscode,ownerid", PreImage = "name")]
    [Step("Update", "account", PipelineStage.PostOperation, FilteringAttributes = "name,statecode,statuscode,ownerid")]
    public sealed class AccountUpdateStages : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
        }
    }

    [Step("Update", "account", PipelineStage.PreOperation, FilteringAttributes = "name")]
    public sealed class OnNameOnly : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
        }
    }

    [Step("Update", "account", PipelineStage.PostOperation, FilteringAttributes = "statecode")]
    public sealed class OnStateOnly : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
        }
    }

    [Step("Update", "account", PipelineStage.PreOperation, FilteringAttributes = "name,statecode")]
    public sealed class RemembersTheName : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var target = (Entity)context.InputParameters["Target"];
            if (target.Contains("name"))
            {
                context.SharedVariables["newname"] = target["name"];
            }
            else
            {
                ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("state part sees the name change: {0}", context.SharedVariables["newname"]);
            }
        }
    }

    [Step("Update", "account", PipelineStage.PreOperation, FilteringAttributes = "statecode")]
    public sealed class RefusesDeactivation : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) => throw new InvalidPluginExecutionException("Accounts stay active.");
    }

    [Step("Update", "systemuser", PipelineStage.PreOperation, FilteringAttributes = "title,parentsystemuserid")]
    [Step("Update", "systemuser", PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous, FilteringAttributes = "title,parentsystemuserid")]
    public sealed class UserUpdates : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
        }
    }
}
